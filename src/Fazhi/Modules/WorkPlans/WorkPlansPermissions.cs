using Fazhi.Platform.Identity;

namespace Fazhi.Modules.WorkPlans;

/// <summary>工作方案 permissions and their default holders.</summary>
public static class WorkPlansPermissions
{
    public const string Read = "plans.read";
    public const string Manage = "plans.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看法治建设工作方案及其任务分解", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Manage, "制定工作方案、编制和导入任务分解、印发方案", Roles.LegalOffice),
    ];
}
