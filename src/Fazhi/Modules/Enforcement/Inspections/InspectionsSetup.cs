using System.Security.Claims;

using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Inspections;

/// <summary>执法检查: services and /api/enforcement/{inspection-plans,inspection-draws,inspections}.</summary>
public static class InspectionsSetup
{
    public static IServiceCollection AddEnforcementInspections(this IServiceCollection services)
    {
        services.AddScoped<Inspections>();
        foreach (var metric in InspectionMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddNavItem(new NavItem("执法检查", "/enforcement/inspections", EnforcementPermissions.Read, 42));
        return services;
    }

    public static RouteGroupBuilder MapEnforcementInspections(this RouteGroupBuilder api)
    {
        api.MapGet("/inspection-plans", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<InspectionPlan>().AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct)));
        api.MapPost("/inspection-plans", async Task<Created<InspectionPlan>> (PlanInput input, Inspections use, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var plan = await use.AddPlanAsync(input, user, ct);
            return TypedResults.Created($"/api/enforcement/inspection-plans/{plan.Id}", plan);
        }).RequireAuthorization(EnforcementPermissions.Handle);
        api.MapPost("/inspection-plans/{planId}/draws", async (Guid planId, DrawInput input, Inspections use, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var draw = await use.DrawAsync(planId, input, user, ct);
            return TypedResults.Created($"/api/enforcement/inspection-draws/{draw.Id}", await use.DrawDetailAsync(draw.Id, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        api.MapGet("/inspection-draws/{id}", async (Guid id, Inspections use, CancellationToken ct) => TypedResults.Ok(await use.DrawDetailAsync(id, ct)));

        var inspections = api.MapGroup("/inspections");
        inspections.MapGet("", async ([AsParameters] ListQuery q, Inspections use, CancellationToken ct) => TypedResults.Ok(await use.ListAsync(q.ToFilter(), ct)));
        inspections.MapGet("/export.xlsx", async ([AsParameters] ListQuery q, Inspections use, AppDbContext db, CancellationToken ct) =>
        {
            var rows = await use.ListAsync(q.ToFilter() with { Page = 1, PageSize = Ledgers.MaxRows }, ct);
            var certificates = await db.Set<Officer>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.CertificateNumber, ct);
            var bytes = await Ledgers.ExportXlsxAsync(InspectionLedger.Layout, rows.Items.Select(v => InspectionLedger.Row(v, certificates)), ct);
            return Results.File(bytes, Ledgers.XlsxContentType, "检查记录台账.xlsx");
        });
        inspections.MapPost("/import", async (IFormFile? file, Inspections use, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel 文件");
            }

            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(new { imported = await use.ImportAsync(stream, file.FileName, user, ct) });
        }).RequireAuthorization(EnforcementPermissions.Handle).DisableAntiforgery();
        inspections.MapPost("", async Task<Created<InspectionView>> (InspectionInput input, Inspections use, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var record = await use.AddAsync(input, user, ct);
            return TypedResults.Created($"/api/enforcement/inspections/{record.Id}", await use.DetailAsync(record.Id, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        inspections.MapGet("/{id}", async (Guid id, Inspections use, CancellationToken ct) => TypedResults.Ok(await use.DetailAsync(id, ct)));
        inspections.MapPost("/{id}/result", async (Guid id, ResultInput input, Inspections use, CancellationToken ct) =>
        {
            await use.RecordResultAsync(id, input, ct);
            return TypedResults.Ok(await use.DetailAsync(id, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        inspections.MapPost("/{id}/clue", async (Guid id, Inspections use, ReadCases read, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var c = await use.OpenClueAsync(id, user, ct);
            return TypedResults.Created($"/api/enforcement/cases/{c.Id}", await read.DetailAsync(c.Id, user, ct));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        return api;
    }

    internal sealed record ListQuery(InspectionCategory? Category, InspectionResult? Result, int? Year, string? Q, Guid? PlanId, string? Sort, int? Page, int? PageSize)
    {
        public Inspections.Filter ToFilter() => new(Category, Result, Year, Q, PlanId, Sort, Page, PageSize);
    }
}
