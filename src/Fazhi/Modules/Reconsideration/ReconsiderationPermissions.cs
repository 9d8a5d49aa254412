using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Reconsideration;

/// <summary>行政复议 permissions and their default holders.</summary>
public static class ReconsiderationPermissions
{
    public const string Read = "reconsideration.read";
    public const string Handle = "reconsideration.handle";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看被申请行政复议案件", Roles.LegalOffice, Roles.LegalAdviser, Roles.Enforcement, Roles.Leader, Roles.Supervisor),
        new(Handle, "办理被申请行政复议案件（登记、答复、听证、决定与履行）", Roles.LegalOffice, Roles.LegalAdviser),
    ];
}
