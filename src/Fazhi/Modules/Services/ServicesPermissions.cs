using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Services;

/// <summary>政务服务 permissions and their default holders.</summary>
public static class ServicesPermissions
{
    public const string Read = "services.read";
    public const string ManageCatalog = "services.catalog.manage";
    public const string Accept = "services.applications.accept";
    public const string Decide = "services.applications.decide";
    public const string Queue = "services.queue";
    public const string Ratings = "services.ratings.handle";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看政务服务事项、办件、排队和好差评", Roles.ServiceCenter, Roles.Clerk, Roles.Leader, Roles.LegalOffice, Roles.Supervisor),
        new(ManageCatalog, "维护政务服务事项清单、窗口和大厅设置", Roles.ServiceCenter),
        new(Accept, "综合窗口收件、受理、补正告知、容缺受理、出件", Roles.ServiceCenter),
        new(Decide, "部门后台审批：延长期限、不计入期间、办结、发证", Roles.Clerk, Roles.ServiceCenter, Roles.Leader),
        new(Queue, "取号、叫号、重呼、过号、转窗、导入排队记录", Roles.ServiceCenter),
        new(Ratings, "登记评价、差评核实整改回访、申诉复核", Roles.ServiceCenter, Roles.Leader),
    ];
}
