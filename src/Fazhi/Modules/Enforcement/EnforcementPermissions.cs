using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Enforcement;

/// <summary>综合行政执法 permissions and their default holders.</summary>
public static class EnforcementPermissions
{
    public const string Read = "enforcement.read";
    public const string Handle = "enforcement.cases.handle";
    public const string Review = "enforcement.cases.review";
    public const string Decide = "enforcement.cases.decide";
    public const string ManageLibraries = "enforcement.libraries.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看行政执法案件与执法库", Roles.Enforcement, Roles.LegalOffice, Roles.Leader, Roles.Supervisor),
        new(Handle, "办理行政执法案件（线索、调查、告知、听证、送达、公示、缴款）", Roles.Enforcement),
        new(Review, "重大执法决定法制审核", Roles.LegalOffice),
        new(Decide, "批准立案、集体讨论与作出执法决定（负责人）", Roles.Leader),
        new(ManageLibraries, "维护执法主体、执法事项、执法人员、裁量基准和法制审核目录", Roles.Enforcement, Roles.LegalOffice),
    ];
}
