using Fazhi.Platform.Identity;

namespace Fazhi.Modules.PowerList;

/// <summary>权责清单 permissions and their default holders.</summary>
public static class PowerListPermissions
{
    public const string Read = "power_list.read";
    public const string Adjust = "power_list.adjust";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看权责清单、事项版本历史和清单调整", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Adjust, "导入初始权责清单、登记清单调整及其提出、审核、审定和公布", Roles.LegalOffice),
    ];
}
