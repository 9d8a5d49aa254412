using System.Security.Claims;

using Fazhi.Modules.LegalityReview.ContractLedger;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Dashboard;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.LegalityReview.Reviews;

public sealed record MilestoneBody(string? Name, DateOnly? DueOn);

public sealed record CompleteBody(DateOnly? On);

/// <summary>JSON API of the module: every action of the pages, under /api/legality-review.</summary>
internal static class ReviewsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/legality-review").WithTags("合法性审查").RequireAuthorization(LegalityReviewPermissions.Read);

        api.MapGet("/reviews", ListAsync);
        api.MapGet("/reviews/export.xlsx", ExportAsync);
        api.MapPost("/reviews", SubmitAsync).RequireAuthorization(LegalityReviewPermissions.Submit);
        api.MapGet("/reviews/{id}", async (Guid id, FindReviews find, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await find.DetailAsync(id, user, ct)));
        foreach (var action in TakeReviewStep.ActionKeys)
        {
            api.MapPost($"/reviews/{{id}}/actions/{action}", async (Guid id, ReviewStepInput? body, TakeReviewStep step, FindReviews find, ClaimsPrincipal user, CancellationToken ct) =>
                {
                    await step.ExecuteAsync(id, action, body ?? new ReviewStepInput(), user, ct);
                    return TypedResults.Ok(await find.DetailAsync(id, user, ct));
                })
                .WithName($"LegalityReview_{action}");
        }

        api.MapGet("/reviewers", (Platform.Data.AppDbContext db, ClaimsPrincipal user) =>
            TypedResults.Ok(TakeReviewStep.Reviewers(db, Region(user)).ToList()));

        api.MapGet("/settings", async (ReviewTerms terms, ClaimsPrincipal user, CancellationToken ct) => TypedResults.Ok(await terms.AllAsync(Region(user), ct)));
        api.MapPut("/settings", async (ChangeReviewTermInput body, ReviewTerms terms, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await terms.ChangeAsync(Region(user), body, ct);
                return TypedResults.Ok(await terms.AllAsync(Region(user), ct));
            })
            .RequireAuthorization(LegalityReviewPermissions.Settings);

        api.MapGet("/dashboard", async (ReviewDashboard dashboard, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await dashboard.BuildAsync(Region(user), user.FindFirstValue(FazhiClaims.RegionPrefix) ?? Region(user), ct)));

        api.MapGet("/contracts", async ([AsParameters] ContractQuery q, ContractLedgerQueries ledger, CancellationToken ct) =>
            TypedResults.Ok(await ledger.ListAsync(q.Filter, ct)));
        api.MapGet("/contracts/export.xlsx", async ([AsParameters] ContractQuery q, ContractLedgerQueries ledger, CancellationToken ct) =>
            TypedResults.File(await Ledgers.ExportXlsxAsync(ContractLedgerQueries.Layout, await ledger.AllAsync(q.Filter, ct), ct),
                Ledgers.XlsxContentType, "合同台账.xlsx"));
        api.MapPost("/contracts/import", async (IFormFile? file, ImportContracts import, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
                }

                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await import.ExecuteAsync(stream, file.FileName, Region(user), user.Identity?.Name ?? "", ct));
            })
            .DisableAntiforgery()
            .RequireAuthorization(LegalityReviewPermissions.Contracts);
        api.MapGet("/contracts/{id}", async (Guid id, ContractLedgerQueries ledger, CancellationToken ct) => TypedResults.Ok(await ledger.DetailAsync(id, ct)));
        api.MapPost("/contracts/{id}/milestones", async (Guid id, MilestoneBody? body, TrackMilestones milestones, ContractLedgerQueries ledger, CancellationToken ct) =>
            {
                await milestones.AddAsync(id, body?.Name, body?.DueOn, ct);
                return TypedResults.Ok(await ledger.DetailAsync(id, ct));
            })
            .RequireAuthorization(LegalityReviewPermissions.Contracts);
        api.MapPost("/contracts/milestones/{milestoneId}/complete", async (Guid milestoneId, CompleteBody? body, TrackMilestones milestones, CancellationToken ct) =>
            {
                await milestones.CompleteAsync(milestoneId, body?.On, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(LegalityReviewPermissions.Contracts);
    }

    private static string Region(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.Region) ?? "";

    private static async Task<Ok<Paged<ReviewRow>>> ListAsync([AsParameters] ReviewQuery q, FindReviews find, CancellationToken ct) =>
        TypedResults.Ok(await find.ListAsync(q.Filter, ct));

    private static async Task<FileContentHttpResult> ExportAsync([AsParameters] ReviewQuery q, FindReviews find, CancellationToken ct) =>
        TypedResults.File(await Ledgers.ExportXlsxAsync(FindReviews.ExportLayout, await find.AllAsync(q.Filter, ct), ct), Ledgers.XlsxContentType, "合法性审查台账.xlsx");

    private static async Task<Created<ReviewDetail>> SubmitAsync(SubmitReviewInput body, SubmitReview submit, FindReviews find, ClaimsPrincipal user, CancellationToken ct)
    {
        var review = await submit.ExecuteAsync(body, Region(user), ProcedureActor.From(user), ct);
        return TypedResults.Created($"/api/legality-review/reviews/{review.Id}", await find.DetailAsync(review.Id, user, ct));
    }
}

/// <summary>Query string of the review list and export.</summary>
public sealed record ReviewQuery(ReviewStatus? Status, ReviewDocumentType? Type, string? Reviewer, bool? Overdue, string? Sort, int? Page, int? PageSize)
{
    public ReviewFilter Filter => new(Status, Type, Reviewer, Overdue ?? false, Sort, Page, PageSize);
}

/// <summary>Query string of the contract ledger and its export.</summary>
public sealed record ContractQuery(string? Q, string? Unit, int? ExpiringWithin, bool? Expired, string? Sort, int? Page, int? PageSize)
{
    public ContractFilter Filter => new(Q, Unit, ExpiringWithin, Expired ?? false, Sort, Page, PageSize);
}
