using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Publication;

public sealed record PublicOfficer(string Name, string CertificateNumber, string Category);

public sealed record PublicMatter(string Code, string Name, string Domain, string LegalBasis, string Agency);

public sealed record PublicStandard(string Violation, string Circumstance, string Range, string LegalBasis);

/// <summary>事前公开: who enforces, with which powers, on what basis, how, the remedies and the discretion standards.</summary>
public sealed record PublicStandingInfo(
    IReadOnlyList<EnforcementAgency> Agencies, IReadOnlyList<PublicOfficer> Officers, IReadOnlyList<PublicMatter> Matters,
    IReadOnlyList<PublicStandard> Standards, IReadOnlyList<string> Procedure);

/// <summary>One published decision as the portal shows it (the masked snapshot; a withdrawn one shows no content).</summary>
public sealed record PublicDecision(
    Guid Id, string? DecisionNumber, string? Agency, string? Party, string? PartyId, string? Category, string? Title, string? Conclusion, string? Facts,
    DateOnly DecidedOn, DateOnly? PublishedOn, string State, DateOnly? ChangedOn, DateOnly? WithdrawnOn);

/// <summary>
/// 行政执法公示 on the anonymous portal. Reads across regions on purpose (the pages carry [PublicAcrossRegions]); only
/// standing information meant for publication and published decisions leave, and officers show only name,
/// certificate number and category (国办发〔2018〕118号).
/// </summary>
public sealed class PublicEnforcement(AppDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<PublicStandingInfo> StandingAsync(string? region, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var agencies = await In(db.Set<EnforcementAgency>(), region).OrderBy(a => a.Name).ToListAsync(ct);
        var officers = await In(db.Set<Officer>(), region).Where(o => o.Active && o.ValidFrom <= today && o.ValidTo >= today)
            .OrderBy(o => o.CertificateNumber).Select(o => new PublicOfficer(o.Name, o.CertificateNumber, o.Category)).ToListAsync(ct);
        var names = agencies.ToDictionary(a => a.Id, a => a.Name);
        var matters = (await In(db.Set<EnforcementMatter>(), region).Where(m => m.Active).OrderBy(m => m.Code).ToListAsync(ct))
            .Select(m => new PublicMatter(m.Code, m.Name, Cases.ReadCases.Name(m.Domain), m.LegalBasis, names.GetValueOrDefault(m.AgencyId, ""))).ToList();
        var standards = (await In(db.Set<DiscretionStandard>(), region).OrderBy(s => s.Violation).ThenBy(s => s.MinFineFen).ToListAsync(ct))
            .Select(s => new PublicStandard(s.Violation, s.Circumstance, $"{LateFeeCalculator.Yuan(s.MinFineFen)}元至{LateFeeCalculator.Yuan(s.MaxFineFen)}元", s.LegalBasis)).ToList();
        var procedure = OrdinaryProcedure.V1.States.Where(s => s.Key is not (OrdinaryProcedure.NotFiled or OrdinaryProcedure.Transferred)).Select(s => s.Name).ToList();
        return new PublicStandingInfo(agencies, officers, matters, standards, procedure);
    }

    public async Task<Paged<PublicDecision>> DecisionsAsync(string? q, string? region, int? page, CancellationToken ct)
    {
        var query = In(db.Set<DecisionPublication>(), region)
            .Where(p => p.State == PublicationProcedure.Published || p.State == PublicationProcedure.WithdrawalDue || p.State == PublicationProcedure.Withdrawn);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            if (term.Length > 100)
            {
                throw new FieldValidationException("q", "检索词不能超过100个字符");
            }

            // A withdrawn decision is listed as withdrawn but no longer found by its content.
            query = query.Where(p => p.State != PublicationProcedure.Withdrawn
                && ((p.Title != null && p.Title.Contains(term)) || (p.DecisionNumber != null && p.DecisionNumber.Contains(term)) || (p.PartyDisplay != null && p.PartyDisplay.Contains(term))));
        }

        var rows = await query.OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id).ToPagedAsync(page, PageSize, ct);
        return rows.With(rows.Items.Select(View).ToList());
    }

    private static PublicDecision View(DecisionPublication p) => p.State == PublicationProcedure.Withdrawn
        ? new PublicDecision(p.Id, p.DecisionNumber, p.AgencyName, null, null, null, null, null, null, p.DecidedOn, p.PublishedOn, ReadPublications.StateName(p.State), p.ChangedOn, p.WithdrawnOn)
        : new PublicDecision(p.Id, p.DecisionNumber, p.AgencyName, p.PartyDisplay, p.PartyIdDisplay, p.Category, p.Title, p.Conclusion, p.Facts, p.DecidedOn,
            p.PublishedOn, ReadPublications.StateName(p.State), p.ChangedOn, p.WithdrawnOn);

    private static IQueryable<T> In<T>(DbSet<T> set, string? region)
        where T : class, IRegionScoped
    {
        var query = set.IgnoreQueryFilters().AsNoTracking();
        return string.IsNullOrWhiteSpace(region) ? query : query.Where(x => x.RegionCode == region.Trim());
    }
}
