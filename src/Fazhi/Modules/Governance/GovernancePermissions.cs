using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Governance;

/// <summary>依法治镇 permissions and their default holders.</summary>
public static class GovernancePermissions
{
    public const string Read = "governance.read";
    public const string Record = "governance.record";
    public const string Evaluate = "governance.evaluate";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看依法治镇委员会及其办公室、协调小组的会议和议定事项、领导干部述法和中层干部履职能力评估", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Record, "设立议事机构、增补成员、登记会议和议定事项（交办督办）、登记述法（含台账导入）", Roles.LegalOffice),
        new(Evaluate, "制定中层干部履职能力评估标准、登记评估结果和跟进措施（含台账导入）", Roles.LegalOffice, Roles.Leader),
    ];
}
