using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Disputes;

/// <summary>矛盾纠纷排查化解 permissions and their default holders.</summary>
public static class DisputesPermissions
{
    public const string Read = "disputes.read";
    public const string Handle = "disputes.handle";
    public const string Escalations = "disputes.escalations";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看矛盾纠纷排查化解台账", Roles.LegalOffice, Roles.Petitions, Roles.Clerk, Roles.Leader, Roles.Supervisor),
        new(Handle, "登记、交办、分流、化解和回访矛盾纠纷，组织排查", Roles.LegalOffice, Roles.Petitions, Roles.Clerk),
        new(Escalations, "接收和签收重大风险纠纷上报（镇领导）", Roles.Leader),
    ];
}
