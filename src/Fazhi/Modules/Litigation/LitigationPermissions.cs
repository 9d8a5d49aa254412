using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Litigation;

/// <summary>行政诉讼 permissions and their default holders.</summary>
public static class LitigationPermissions
{
    public const string Read = "litigation.read";
    public const string Handle = "litigation.handle";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看行政诉讼案件与出庭应诉情况", Roles.LegalOffice, Roles.LegalAdviser, Roles.Enforcement, Roles.Leader, Roles.Supervisor),
        new(Handle, "办理行政诉讼应诉（答辩、出庭记录、裁判与履行）", Roles.LegalOffice, Roles.LegalAdviser),
    ];
}
