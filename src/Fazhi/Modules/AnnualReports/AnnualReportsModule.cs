using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Reports;
using Fazhi.Platform.Cli;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.AnnualReports;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class AnnualReportsModule
{
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddAnnualReportsPermissions();
        services.AddCliVerb<Cli.ReportVerb>();
        services.AddNavItem(new NavItem("年度报告", "/annual-reports", AnnualReportsPermissions.Read, 90));
        services.AddNavItem(new NavItem("领导驾驶舱", "/dashboard", AnnualReportsPermissions.Dashboard, 5));
        services.AddProcedureDefinition(AnnualReportProcedure.V1);
        services.AddScoped<FindReport>();
        services.AddScoped<CreateReport>();
        services.AddScoped<EditReport>();
        services.AddScoped<DraftPlanSection>();
        services.AddScoped<RenderReport>();
        services.AddScoped<TakeReportStep>();
        services.AddScoped<AcceptIssue>();
        services.AddScoped<ListReports>();
        services.AddScoped<ReportSettings>();
        services.AddScoped<ReportDetails>();
        services.AddScoped<Dashboard.LeaderDashboard>();
        services.AddScoped<Towns.CompareTowns>();
        return services;
    }

    public static IEndpointRouteBuilder MapAnnualReportsApi(this IEndpointRouteBuilder endpoints) => endpoints.MapAnnualReportsEndpoints();
}
