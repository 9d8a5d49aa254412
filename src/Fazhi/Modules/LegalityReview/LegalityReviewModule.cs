using Fazhi.Modules.LegalityReview.ContractLedger;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Dashboard;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Modules.LegalityReview.Metrics;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class LegalityReviewModule
{
    /// <summary>Attachment owner type of a review's material (送审材料).</summary>
    public const string AttachmentOwner = "legality_review";

    public static IServiceCollection AddLegalityReview(this IServiceCollection services)
    {
        services.AddLegalityReviewPermissions();
        services.AddNavItem(new NavItem("合法性审查", "/legality-review", LegalityReviewPermissions.Read, 10));
        foreach (var definition in ReviewProcedure.All())
        {
            services.AddProcedureDefinition(definition);
        }

        services.AddScoped<ReviewTerms>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<TakeReviewStep>();
        services.AddScoped<FindReviews>();
        services.AddScoped<ILegalityReviews, LegalityReviews>();
        services.AddScoped<ContractLedgerQueries>();
        services.AddScoped<ImportContracts>();
        services.AddScoped<TrackMilestones>();
        services.AddScoped<ReviewDashboard>();
        services.AddLegalityReviewMetrics();
        services.AddDemoData<Demo.LegalityReviewDemo>();
        services.AddAttachmentOwner(AttachmentOwner, LegalityReviewPermissions.Read, async (sp, ownerId, ct) =>
            Guid.TryParse(ownerId, out var id)
            && await sp.GetRequiredService<AppDbContext>().Set<Domain.LegalityReview>().AnyAsync(r => r.Id == id, ct));
        return services;
    }

    public static IEndpointRouteBuilder MapLegalityReviewApi(this IEndpointRouteBuilder endpoints)
    {
        ReviewsApi.Map(endpoints);
        return endpoints;
    }
}
