using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Modules.FairCompetition.Metrics;
using Fazhi.Modules.FairCompetition.Reviews;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.FairCompetition;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class FairCompetitionModule
{
    public static IServiceCollection AddFairCompetition(this IServiceCollection services)
    {
        services.AddPermissions(FairCompetitionPermissions.Grants);
        services.AddNavItem(new NavItem("公平竞争审查", "/fair-competition", FairCompetitionPermissions.Read, 30));
        foreach (var regime in ReviewRegime.All)
        {
            services.AddProcedureDefinition(FairCompetitionProcedure.For(regime));
        }

        foreach (var metric in FairCompetitionMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<ReviewWorkspace>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<RegisterMeasure>();
        services.AddScoped<DetermineImpact>();
        services.AddScoped<AnswerChecklist>();
        services.AddScoped<ConcludeReview>();
        services.AddScoped<ReviseMeasure>();
        services.AddScoped<RecordIssue>();
        services.AddScoped<IFairCompetitionReviews, FairCompetitionReviews>();
        services.AddDemoData<Demo.FairCompetitionDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapFairCompetitionApi(this IEndpointRouteBuilder endpoints) => endpoints.MapReviewsApi();
}
