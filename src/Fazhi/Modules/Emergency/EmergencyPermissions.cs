using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Emergency;

/// <summary>突发事件应急 permissions and their default holders (应急办 holds the work; leaders approve and watch).</summary>
public static class EmergencyPermissions
{
    public const string Read = "emergency.read";
    public const string Plans = "emergency.plans";
    public const string Drills = "emergency.drills";
    public const string Supplies = "emergency.supplies";
    public const string Patrols = "emergency.patrols";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看应急预案、演练、物资储备和安全巡查", Roles.Emergency, Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Plans, "办理应急预案（立项、编制、审批、公布、备案、评估、修订，台账导入）", Roles.Emergency, Roles.Leader),
        new(Drills, "记录应急演练（含台账导入）", Roles.Emergency),
        new(Supplies, "登记和盘点应急物资、设定储备标准", Roles.Emergency),
        new(Patrols, "记录重点部位安全巡查和隐患整改", Roles.Emergency, Roles.Enforcement),
    ];
}
