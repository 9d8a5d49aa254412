using System.Security.Claims;

using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Publication;

/// <summary>One row of the publication ledger (export only: records are created by the case procedure).</summary>
public sealed class PublicationLedgerRow
{
    public PublicationView? Item { get; init; }
}

/// <summary>执法公示: services, the portal sections and /api/enforcement/publications.</summary>
public static class PublicationSetup
{
    public static readonly LedgerLayout<PublicationLedgerRow> Ledger = new("执法决定公示台账",
    [
        new("案号", r => r.Item?.CaseNumber),
        new("案由", r => r.Item?.CaseTitle),
        new("公示类别", r => r.Item?.Kind),
        new("状态", r => r.Item?.StateName),
        new("决定日期", r => Day(r.Item?.DecidedOn)),
        new("公示期限届满日", r => Day(r.Item?.PublishDue)),
        new("公示日期", r => Day(r.Item?.PublishedOn)),
        new("是否按期", r => r.Item?.PublishedOn is null ? "" : r.Item.Timely ? "是" : "否"),
        new("撤下日期", r => Day(r.Item?.WithdrawnOn)),
    ]);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static IServiceCollection AddEnforcementPublication(this IServiceCollection services)
    {
        services.AddProcedureDefinition(PublicationProcedure.V1);
        services.AddScoped<WithdrawPublication>();
        services.AddScoped<ReadPublications>();
        services.AddScoped<PublicEnforcement>();
        services.AddMetric(PublicationMetrics.TimelyRate);
        services.AddNavItem(new NavItem("执法公示", "/enforcement/publications", EnforcementPermissions.Read, 41));
        services.AddPortalSection(new PortalSection("行政执法公示", "/portal/enforcement", "执法主体、执法人员、执法事项及依据、程序、救济渠道和裁量基准（事前公开）"));
        services.AddPortalSection(new PortalSection("执法决定公示", "/portal/enforcement/decisions", "行政处罚决定及其他执法决定（事后公开，个人信息已脱敏）"));
        return services;
    }

    public static RouteGroupBuilder MapEnforcementPublication(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/publications");
        group.MapGet("", async ([AsParameters] ListQuery q, ReadPublications read, CancellationToken ct) => TypedResults.Ok(await read.ListAsync(q.ToFilter(), ct)));
        group.MapGet("/export.xlsx", async ([AsParameters] ListQuery q, ReadPublications read, CancellationToken ct) =>
        {
            var rows = await read.ListAsync(q.ToFilter() with { Page = 1, PageSize = Ledgers.MaxRows }, ct);
            var bytes = await Ledgers.ExportXlsxAsync(Ledger, rows.Items.Select(i => new PublicationLedgerRow { Item = i }), ct);
            return Results.File(bytes, Ledgers.XlsxContentType, "执法决定公示台账.xlsx");
        });
        group.MapGet("/{id}", async (Guid id, ReadPublications read, CancellationToken ct) => TypedResults.Ok(await read.DetailAsync(id, ct)));
        group.MapPost("/{id}/change", async (Guid id, PublicationChangeInput input, WithdrawPublication use, ReadPublications read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await use.ChangeAsync(id, input, user, ct);
            return TypedResults.Ok(await read.DetailAsync(id, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        group.MapPost("/{id}/withdraw", async (Guid id, PublicationStepInput input, WithdrawPublication use, ReadPublications read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await use.WithdrawAsync(id, input, user, ct);
            return TypedResults.Ok(await read.DetailAsync(id, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        return api;
    }

    internal sealed record ListQuery(string? State, string? Q, int? Year, string? Sort, int? Page, int? PageSize)
    {
        public ReadPublications.Filter ToFilter() => new(State, Q, Year, Sort, Page, PageSize);
    }
}
