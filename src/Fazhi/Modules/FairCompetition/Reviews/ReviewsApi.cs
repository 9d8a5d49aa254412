using System.Security.Claims;

using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Reviews;

public sealed record StandardSetView(string Key, string Name, DateOnly EffectiveFrom, bool Verified, string Note, IReadOnlyList<StandardView> Items);

public sealed record SettingsView(string RegionCode, int ExceptionEvaluationMonths, bool IsDefault, string? UpdatedBy, DateTime? UpdatedAt);

public sealed record SettingsInput(int? ExceptionEvaluationMonths);

/// <summary>JSON API of 公平竞争审查 under /api/fair-competition (every page action has its endpoint here).</summary>
internal static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/fair-competition").WithTags("公平竞争审查");
        var read = api.MapGroup("").RequireAuthorization(FairCompetitionPermissions.Read);
        read.MapGet("/reviews", ListAsync).WithSummary("政策措施审查台账（筛选、排序、分页）");
        read.MapGet("/reviews/export.xlsx", ExportAsync).WithSummary("导出审查台账（Excel）");
        read.MapGet("/reviews/{id}", GetAsync).WithSummary("审查详情：逐项审查、结论、办理记录");
        read.MapGet("/standards", StandardsAsync).WithSummary("按日期适用的审查标准（2021年细则或《公平竞争审查条例》）");
        read.MapGet("/settings", SettingsAsync).WithSummary("本区设置（评估周期等待核实的数值）");

        api.MapPost("/reviews", RegisterAsync).RequireAuthorization(FairCompetitionPermissions.Register).WithSummary("登记政策措施");
        var review = api.MapGroup("/reviews/{id}/actions").RequireAuthorization(FairCompetitionPermissions.Read);
        review.MapPost("/determine", DetermineAsync).WithSummary("识别是否涉及经营者经济活动");
        review.MapPost("/answers", AnswerAsync).WithSummary("逐项审查（符合 / 违反 / 适用例外规定）");
        review.MapPost("/conclude", ConcludeAsync).WithSummary("作出书面审查结论");
        review.MapPost("/revise", ReviseAsync).WithSummary("修改后重新审查");
        review.MapPost("/issue", IssueAsync).WithSummary("登记出台（未经审查或违反审查标准的不得出台）");
        api.MapPut("/settings", ChangeSettingsAsync).RequireAuthorization(FairCompetitionPermissions.Settings).WithSummary("修改本区设置");
        return endpoints;
    }

    private static async Task<Ok<Paged<ReviewRow>>> ListAsync([AsParameters] ReviewFilter filter, int? page, int? pageSize, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(filter, page, pageSize, ct));

    private static async Task<FileContentHttpResult> ExportAsync([AsParameters] ReviewFilter filter, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.File(await queries.ExportAsync(filter, ct), Ledgers.XlsxContentType, "公平竞争审查台账.xlsx");

    private static async Task<Ok<ReviewDetail>> GetAsync(Guid id, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await queries.DetailAsync(await work.LoadAsync(id, ct), ProcedureActor.From(user), ct));

    private static async Task<Created<ReviewRow>> RegisterAsync(RegisterMeasureInput input, RegisterMeasure register, ClaimsPrincipal user, CancellationToken ct)
    {
        var review = await register.ExecuteAsync(input, user, ct);
        return TypedResults.Created($"/api/fair-competition/reviews/{review.Id}", ReviewQueries.Row(review));
    }

    private static async Task<Ok<ReviewDetail>> DetermineAsync(Guid id, DetermineInput input, DetermineImpact step, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        await step.ExecuteAsync(id, input, user, ct);
        return await FreshAsync(id, queries, work, user, ct);
    }

    private static async Task<Ok<ReviewDetail>> AnswerAsync(Guid id, AnswersInput input, AnswerChecklist step, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        await step.ExecuteAsync(id, input, user, ct);
        return await FreshAsync(id, queries, work, user, ct);
    }

    private static async Task<Ok<ReviewDetail>> ConcludeAsync(Guid id, ConcludeInput input, ConcludeReview step, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        await step.ExecuteAsync(id, input, user, ct);
        return await FreshAsync(id, queries, work, user, ct);
    }

    private static async Task<Ok<ReviewDetail>> ReviseAsync(Guid id, ReviseInput input, ReviseMeasure step, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        await step.ExecuteAsync(id, input, user, ct);
        return await FreshAsync(id, queries, work, user, ct);
    }

    private static async Task<Ok<ReviewDetail>> IssueAsync(Guid id, IssueInput input, RecordIssue step, ReviewWorkspace work, ReviewQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        await step.ExecuteAsync(id, input, user, ct);
        return await FreshAsync(id, queries, work, user, ct);
    }

    private static async Task<Ok<StandardSetView>> StandardsAsync(string? date, ReviewWorkspace work, CancellationToken ct)
    {
        var on = work.Today;
        if (date is { Length: > 0 } && Cells.Date(date, out on) is { } error)
        {
            throw new FieldValidationException("date", error);
        }

        var set = await work.SetForAsync(on, "date", ct);
        var items = await work.StandardsAsync(set.Key, ct);
        return TypedResults.Ok(new StandardSetView(set.Key, set.Name, set.EffectiveFrom, set.Verified, set.Note,
            items.Select(s => new StandardView(s.Code, s.Category, s.Article, s.Text)).ToList()));
    }

    private static async Task<Ok<SettingsView>> SettingsAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await SettingsFor(db, ReviewWorkspace.Region(user), ct));

    private static async Task<Ok<SettingsView>> ChangeSettingsAsync(SettingsInput input, AppDbContext db, TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        await ChangeSettings(db, time, user, input.ExceptionEvaluationMonths, ct);
        return TypedResults.Ok(await SettingsFor(db, ReviewWorkspace.Region(user), ct));
    }

    public static async Task ChangeSettings(AppDbContext db, TimeProvider time, ClaimsPrincipal user, int? months, CancellationToken ct)
    {
        if (months is not (>= 1 and <= 60))
        {
            throw new FieldValidationException("exceptionEvaluationMonths", "评估周期应为1至60个月");
        }

        var region = ReviewWorkspace.Region(user);
        var settings = await db.Set<FairCompetitionSettings>().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        if (settings is null)
        {
            settings = new FairCompetitionSettings(region);
            db.Add(settings);
        }

        settings.Change(months.Value, ReviewWorkspace.Login(user), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public static async Task<SettingsView> SettingsFor(AppDbContext db, string region, CancellationToken ct)
    {
        var settings = await db.Set<FairCompetitionSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        return settings is null
            ? new SettingsView(region, FairCompetitionSettings.DefaultEvaluationMonths, true, null, null)
            : new SettingsView(region, settings.ExceptionEvaluationMonths, false, settings.UpdatedBy, settings.UpdatedAt);
    }

    private static async Task<Ok<ReviewDetail>> FreshAsync(Guid id, ReviewQueries queries, ReviewWorkspace work, ClaimsPrincipal user, CancellationToken ct)
    {
        work.Db.ChangeTracker.Clear();
        return TypedResults.Ok(await queries.DetailAsync(await work.LoadAsync(id, ct), ProcedureActor.From(user), ct));
    }
}
