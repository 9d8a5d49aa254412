using Fazhi.Platform.Identity;

namespace Fazhi.Modules.AnnualReports;

/// <summary>Permissions of the annual-report module and the roles that hold them on a new database.</summary>
public static class AnnualReportsPermissions
{
    public const string Read = "annual_reports.read";
    public const string Edit = "annual_reports.edit";
    public const string Review = "annual_reports.review";
    public const string Approve = "annual_reports.approve";
    public const string Submit = "annual_reports.submit";
    public const string Publish = "annual_reports.publish";
    public const string Settings = "annual_reports.settings";
    public const string Dashboard = "annual_reports.dashboard";

    public static IServiceCollection AddAnnualReportsPermissions(this IServiceCollection services) => services.AddPermissions(
        new(Read, "查看法治政府建设年度报告", Roles.LegalOffice, Roles.Leader, Roles.Supervisor, Roles.LegalAdviser),
        new(Edit, "起草、修改年度报告", Roles.LegalOffice),
        new(Review, "审核年度报告（依法治镇办）", Roles.LegalOffice),
        new(Approve, "审定年度报告", Roles.Leader),
        new(Submit, "报送年度报告", Roles.LegalOffice),
        new(Publish, "保密审查与公开年度报告", Roles.LegalOffice),
        new(Settings, "设置年度报告报送对象与期限", Roles.LegalOffice),
        new(Dashboard, "查看领导驾驶舱（各模块指标、期限预警、待办）", Roles.Leader, Roles.Supervisor, Roles.LegalOffice));
}
