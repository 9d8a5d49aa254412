using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Supervision;

/// <summary>督查督办 permissions and their default holders.</summary>
public static class SupervisionPermissions
{
    public const string Read = "supervision.read";
    public const string Assign = "supervision.assign";
    public const string Handle = "supervision.handle";
    public const string Verify = "supervision.verify";
    public const string Teams = "supervision.teams";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看督办事项、督导组和督导检查", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Assign, "交办督办事项（含向下级交办、台账导入）", Roles.LegalOffice, Roles.Leader, Roles.Supervisor),
        new(Handle, "报告督办事项进展和办结情况", Roles.Clerk, Roles.LegalOffice),
        new(Verify, "核查督办事项办结情况并销号", Roles.LegalOffice, Roles.Leader, Roles.Supervisor),
        new(Teams, "设立督导组、安排和记录督导检查", Roles.LegalOffice, Roles.Leader),
    ];
}
