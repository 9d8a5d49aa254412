using System.Security.Claims;

using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Libraries;

public sealed record AgencyInput(string? Name, string? LegalBasis);

public sealed record MatterInput(Guid? AgencyId, string? Code, string? Name, EnforcementDomain? Domain, string? LegalBasis);

public sealed record OfficerInput(string? Name, string? CertificateNumber, string? Category, DateOnly? ValidFrom, DateOnly? ValidTo, bool IsLegalReviewer, bool HasLegalQualification);

public sealed record DiscretionInput(Guid? MatterId, string? Violation, string? Circumstance, decimal? MinFineYuan, decimal? MaxFineYuan, string? LegalBasis);

public sealed record CatalogInput(LegalReviewCriterion? Criterion, string? Description, decimal? ThresholdYuan, EnforcementDomain? Domain);

public sealed record OfficerView(Guid Id, string Name, string CertificateNumber, string Category, DateOnly ValidFrom, DateOnly ValidTo, bool Valid, bool ExpiringSoon, bool IsLegalReviewer, bool HasLegalQualification);

/// <summary>持证率 and the certificates that expire within <see cref="OfficerRoster.ExpiringDays"/> days.</summary>
public sealed record OfficerSummary(int Officers, int Certified, decimal CertifiedRatePercent, int LegalReviewers, IReadOnlyList<OfficerView> Expiring, IReadOnlyList<OfficerView> All);

/// <summary>执法人员名册: the officers with the 持证率 on a day.</summary>
public sealed class OfficerRoster(AppDbContext db, TimeProvider time)
{
    public const int ExpiringDays = 60;

    public async Task<OfficerSummary> SummaryAsync(CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => o.Active).OrderBy(o => o.ValidTo).ThenBy(o => o.Name).ToListAsync(ct);
        var views = officers.Select(o => View(o, today)).ToList();
        var certified = views.Count(v => v.Valid);
        return new OfficerSummary(views.Count, certified, views.Count == 0 ? 0 : Math.Round(100m * certified / views.Count, 1),
            views.Count(v => v.IsLegalReviewer), views.Where(v => v.ExpiringSoon).ToList(), views);
    }

    public static OfficerView View(Officer o, DateOnly today) => new(o.Id, o.Name, o.CertificateNumber, o.Category, o.ValidFrom, o.ValidTo,
        o.HasValidCertificateOn(today), o.CertificateExpiresWithin(today, ExpiringDays), o.IsLegalReviewer, o.HasLegalQualification);
}

/// <summary>/api/enforcement/{agencies,matters,officers,discretion-standards,legal-review-catalog}.</summary>
internal static class LibrariesApi
{
    public static RouteGroupBuilder MapLibraries(this RouteGroupBuilder api)
    {
        api.MapGet("/agencies", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<EnforcementAgency>().AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct)));
        api.MapPost("/agencies", async (AgencyInput input, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            await AddAsync(db, new EnforcementAgency(Region(user), input.Name ?? "", input.LegalBasis ?? ""), ct))
            .RequireAuthorization(EnforcementPermissions.ManageLibraries);

        api.MapGet("/matters", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<EnforcementMatter>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct)));
        api.MapPost("/matters", async (MatterInput input, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var agencyId = input.AgencyId ?? throw new FieldValidationException("agencyId", "请选择执法主体");
            if (!await db.Set<EnforcementAgency>().AnyAsync(a => a.Id == agencyId, ct))
            {
                throw new FieldValidationException("agencyId", "执法主体不存在");
            }

            return await AddAsync(db, new EnforcementMatter(Region(user), agencyId, input.Code ?? "", input.Name ?? "", input.Domain ?? 0, input.LegalBasis ?? ""), ct);
        }).RequireAuthorization(EnforcementPermissions.ManageLibraries);

        api.MapGet("/officers", async (OfficerRoster roster, CancellationToken ct) => TypedResults.Ok(await roster.SummaryAsync(ct)));
        api.MapPost("/officers", async (OfficerInput input, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            await AddAsync(db, new Officer(Region(user), input.Name ?? "", input.CertificateNumber ?? "", input.Category ?? "",
                input.ValidFrom ?? throw new FieldValidationException("validFrom", "请填写执法证有效期起始日"),
                input.ValidTo ?? throw new FieldValidationException("validTo", "请填写执法证有效期截止日"),
                input.IsLegalReviewer, input.HasLegalQualification), ct))
            .RequireAuthorization(EnforcementPermissions.ManageLibraries);

        api.MapGet("/discretion-standards", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<DiscretionStandard>().AsNoTracking().OrderBy(s => s.Violation).ThenBy(s => s.MinFineFen).ToListAsync(ct)));
        api.MapPost("/discretion-standards", async (DiscretionInput input, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            await AddAsync(db, new DiscretionStandard(Region(user), input.MatterId, input.Violation ?? "", input.Circumstance ?? "",
                TakeCaseAction.Fen(input.MinFineYuan, "minFineYuan") ?? 0, TakeCaseAction.Fen(input.MaxFineYuan, "maxFineYuan") ?? 0, input.LegalBasis ?? ""), ct))
            .RequireAuthorization(EnforcementPermissions.ManageLibraries);

        api.MapGet("/legal-review-catalog", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<LegalReviewCatalogItem>().AsNoTracking().Where(i => i.Active).OrderBy(i => i.Criterion).ToListAsync(ct)));
        api.MapPost("/legal-review-catalog", async (CatalogInput input, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            await AddAsync(db, new LegalReviewCatalogItem(Region(user), input.Criterion ?? 0, input.Description ?? "",
                TakeCaseAction.Fen(input.ThresholdYuan, "thresholdYuan"), input.Domain), ct))
            .RequireAuthorization(EnforcementPermissions.ManageLibraries);
        api.MapPost("/legal-review-catalog/{id}/deactivate", async (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            var item = await db.Set<LegalReviewCatalogItem>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new RecordNotFoundException();
            item.Deactivate();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(EnforcementPermissions.ManageLibraries);
        return api;
    }

    private static string Region(ClaimsPrincipal user) =>
        user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);

    private static async Task<Created<T>> AddAsync<T>(AppDbContext db, T entity, CancellationToken ct)
        where T : class
    {
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created((string?)null, entity);
    }
}
