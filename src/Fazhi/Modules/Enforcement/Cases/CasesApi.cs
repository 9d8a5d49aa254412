using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Spreadsheets;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases;

public sealed record AssignOfficersInput(IReadOnlyList<Guid>? OfficerIds, DateOnly? On);

public sealed record RemedyInput(RemedyKind? Kind, DateOnly? On);

/// <summary>One row of the case ledger export (export only: cases are registered through the procedure, not imported).</summary>
public sealed class CaseLedgerRow
{
    public CaseListItem? Item { get; init; }
}

/// <summary>/api/enforcement/cases: list, register, read, assign officers, take a step, remedies, export.</summary>
internal static class CasesApi
{
    public static readonly LedgerLayout<CaseLedgerRow> Ledger = new("行政执法案件台账",
    [
        new("案号", r => r.Item?.CaseNumber),
        new("案由", r => r.Item?.Title),
        new("执法领域", r => r.Item?.Domain),
        new("当事人", r => r.Item?.PartyName),
        new("状态", r => r.Item?.StateName),
        new("线索登记日期", r => Day(r.Item?.ClueReceivedOn)),
        new("立案日期", r => Day(r.Item?.FiledOn)),
        new("办案期限届满日", r => Day(r.Item?.DecisionDue)),
        new("决定日期", r => Day(r.Item?.DecidedOn)),
        new("罚款（元）", r => r.Item?.FineYuan),
    ]);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases");
        cases.MapGet("", async ([AsParameters] ListQuery q, ReadCases read, CancellationToken ct) =>
            TypedResults.Ok(await read.ListAsync(q.ToFilter(), ct)));
        cases.MapGet("/export.xlsx", async ([AsParameters] ListQuery q, ReadCases read, CancellationToken ct) =>
        {
            var rows = await read.ListAsync(q.ToFilter() with { Page = 1, PageSize = Ledgers.MaxRows }, ct);
            var bytes = await Ledgers.ExportXlsxAsync(Ledger, rows.Items.Select(i => new CaseLedgerRow { Item = i }), ct);
            return Results.File(bytes, Ledgers.XlsxContentType, "行政执法案件台账.xlsx");
        });
        cases.MapPost("", async Task<Created<CaseDetail>> (ClueInput input, RegisterClue register, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var c = await register.ExecuteAsync(input, user, ct);
            return TypedResults.Created($"/api/enforcement/cases/{c.Id}", await read.DetailAsync(c.Id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        cases.MapGet("/{id}", async (Guid id, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await read.DetailAsync(id, user, ct)));
        cases.MapPost("/{id}/officers", async (Guid id, AssignOfficersInput input, AssignOfficers assign, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await assign.ExecuteAsync(id, input.OfficerIds ?? [], input.On, ct);
            return TypedResults.Ok(await read.DetailAsync(id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        cases.MapPost("/{id}/actions/{action}", async (Guid id, string action, CaseActionInput input, TakeCaseAction take, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await take.ExecuteAsync(id, action, input, user, ct);
            return TypedResults.Ok(await read.DetailAsync(id, user, ct));
        });
        cases.MapPost("/{id}/measures", async (Guid id, MeasureInput input, TakeMeasure take, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await take.StartAsync(id, input, user, ct);
            return TypedResults.Ok(await read.DetailAsync(id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        api.MapPost("/measures/{measureId}/actions/{action}", async (Guid measureId, string action, MeasureActionInput input, TakeMeasure take,
            ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var caseId = await take.ActAsync(measureId, action, input, user, ct);
            return TypedResults.Ok(await read.DetailAsync(caseId, user, ct));
        });
        cases.MapPost("/{id}/remedies", async (Guid id, RemedyInput input, RecordRemedy record, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await record.StartAsync(id, input, ct);
            return TypedResults.Ok(await read.DetailAsync(id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        cases.MapPost("/{id}/remedies/end", async (Guid id, RemedyInput input, RecordRemedy record, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await record.EndAsync(id, input, ct);
            return TypedResults.Ok(await read.DetailAsync(id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        return api;
    }

    internal sealed record ListQuery(string? State, EnforcementDomain? Domain, string? Q, int? Year, string? Sort, int? Page, int? PageSize)
    {
        public ReadCases.Filter ToFilter() => new(State, Domain, Q, Year, Sort, Page, PageSize);
    }
}

/// <summary>登记行政复议／行政诉讼的起止: while one runs, 加处罚款 does not accrue (行政处罚法第七十三条第三款).</summary>
public sealed class RecordRemedy(Platform.Data.AppDbContext db, TimeProvider time)
{
    public async Task StartAsync(Guid caseId, RemedyInput input, CancellationToken ct)
    {
        var c = await CaseQueries.LoadAsync(db, caseId, ct);
        var remedy = c.StartRemedy(input.Kind ?? throw new Platform.Web.FieldValidationException("kind", "请选择复议或诉讼"), Day(input.On));
        db.Add(remedy);
        await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(Guid caseId, RemedyInput input, CancellationToken ct)
    {
        var c = await CaseQueries.LoadAsync(db, caseId, ct);
        c.EndRemedy(Day(input.On));
        await db.SaveChangesAsync(ct);
    }

    private DateOnly Day(DateOnly? on)
    {
        var today = Platform.Procedures.LegalDate.Today(time);
        var day = on ?? today;
        return day > today ? throw new Platform.Web.FieldValidationException("on", "日期不能晚于今天") : day;
    }
}
