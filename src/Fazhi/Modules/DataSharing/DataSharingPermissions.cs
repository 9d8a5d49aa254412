using Fazhi.Platform.Identity;

namespace Fazhi.Modules.DataSharing;

/// <summary>数据共享 permissions and their default holders.</summary>
public static class DataSharingPermissions
{
    public const string Read = "sharing.read";
    public const string Manage = "sharing.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看数据资源目录、共享申请和调用记录", Roles.LegalOffice, Roles.Leader, Roles.Supervisor),
        new(Manage, "登记数据资源、受理和审批共享申请、停止共享", Roles.LegalOffice),
    ];
}
