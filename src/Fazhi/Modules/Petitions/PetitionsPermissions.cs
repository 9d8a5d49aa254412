using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Petitions;

/// <summary>信访 permissions and their default holders.</summary>
public static class PetitionsPermissions
{
    public const string Read = "petitions.read";
    public const string Handle = "petitions.handle";
    public const string Approve = "petitions.approve";
    public const string Reveal = "petitions.personal_data.reveal";
    public const string Reception = "petitions.reception.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看信访事项（个人信息脱敏）", Roles.Petitions, Roles.Leader, Roles.Supervisor),
        new(Handle, "登记、受理、办理信访事项，出具处理意见书，记录复查复核", Roles.Petitions),
        new(Approve, "批准延长办理期限、确定包案领导（负责人）", Roles.Leader),
        new(Reveal, "查看信访人完整身份证号和电话（每次查看记入审计）", Roles.Petitions),
        new(Reception, "安排领导接访日、记录接访情况", Roles.Petitions, Roles.Leader),
    ];
}
