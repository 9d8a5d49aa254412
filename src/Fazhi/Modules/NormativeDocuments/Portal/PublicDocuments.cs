using System.Globalization;

using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.Modules.NormativeDocuments.Portal;

/// <summary>One line of the public list (law.md §4 "Public list"), personal data masked.</summary>
public sealed record PublicDocumentLine(
    int Number, Guid Id, string Title, string DisplayTitle, string? DocumentNumber, string? RegistrationNumber, string IssuingAuthority,
    DateOnly? PublishedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, string Status, DateOnly? EndedOn, string SourceUrl, string RegionCode);

public sealed record PublicDocumentDetail(PublicDocumentLine Line, string BodyText, string? EndReason);

public sealed record PublicCleanupList(string Conclusion, IReadOnlyList<PublicDocumentLine> Documents);

public sealed record PublicCleanup(Guid Id, string Name, DateOnly PublishedOn, IReadOnlyList<PublicCleanupList> Lists);

public sealed record PublicCleanupLink(Guid Id, string Name, DateOnly PublishedOn);

/// <summary>
/// 规范性文件公开目录 (the anonymous portal): every region's published documents — valid ones and, never removed,
/// expired, amended, repealed and invalidated ones with their mark — searchable, personal data masked. Reads across
/// regions on purpose (the endpoints carry [PublicAcrossRegions]); only published documents ever leave.
/// </summary>
public sealed class PublicDocuments(AppDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<Paged<PublicDocumentLine>> ListAsync(string? q, string? status, string? region, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var query = Published();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            if (term.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            // DEBT: substring search by LIKE (same on SQLite and PostgreSQL); DESIGN.md aims at FTS5 trigram / pg_trgm indexes.
            query = query.Where(d => d.Title.Contains(term) || (d.DocumentNumber != null && d.DocumentNumber.Contains(term)) || d.BodyText.Contains(term));
        }

        switch (status?.Trim())
        {
            case null or "":
                break;
            case "valid":
                query = query.Where(d => (d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce)
                    && (d.ExpiresOn == null || d.ExpiresOn >= today));
                break;
            case "ended":
                query = query.Where(d => (d.Status != NormativeDocumentStatus.Published && d.Status != NormativeDocumentStatus.InForce) || d.ExpiresOn < today);
                break;
            default:
                errors["status"] = ["状态应为 valid（有效）或 ended（已失效、已废止、已修改）"];
                break;
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            var code = region.Trim();
            if (code.Length > 12 || !code.All(char.IsAsciiDigit))
            {
                errors["region"] = ["区划代码应为数字"];
            }

            query = query.InSubtree(code);
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = ["页码应为正整数"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var total = await query.CountAsync(ct);
        var skip = (int)Math.Min((long)(pageNumber - 1) * PageSize, int.MaxValue);
        var rows = await query.OrderByDescending(d => d.PublishedOn).ThenBy(d => d.Id).Skip(skip).Take(PageSize).ToListAsync(ct);
        return new Paged<PublicDocumentLine>(rows.Select((d, i) => Line(d, skip + i + 1, today)).ToList(), pageNumber, PageSize, total);
    }

    public async Task<PublicDocumentDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var d = await Published().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException();
        return new PublicDocumentDetail(Line(d, 1, LegalDate.Today(time)), Masking.Text(d.BodyText), d.EndReason is null ? null : Masking.Text(d.EndReason));
    }

    /// <summary>A published clean-up's lists (an open campaign is not public).</summary>
    public async Task<PublicCleanup> CleanupAsync(Guid campaignId, CancellationToken ct)
    {
        var campaign = await db.Set<CleanupCampaign>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == campaignId && c.Status == CleanupStatus.Published, ct) ?? throw new RecordNotFoundException();
        var items = await (from item in db.Set<CleanupItem>().IgnoreQueryFilters().AsNoTracking()
                           join document in Published() on item.DocumentId equals document.Id
                           where item.CampaignId == campaignId
                           orderby document.PublishedOn, document.Title
                           select new { item.Conclusion, document }).ToListAsync(ct);
        var today = LegalDate.Today(time);
        var lists = items.GroupBy(x => x.Conclusion).OrderBy(g => g.Key)
            .Select(g => new PublicCleanupList(Names.Of(g.Key), g.Select((x, i) => Line(x.document, i + 1, today)).ToList()))
            .ToList();
        return new PublicCleanup(campaign.Id, Masking.Text(campaign.Name), campaign.PublishedOn!.Value, lists);
    }

    /// <summary>Published clean-ups, newest first, for the portal's links.</summary>
    public async Task<IReadOnlyList<PublicCleanupLink>> CleanupsAsync(CancellationToken ct) =>
        (await db.Set<CleanupCampaign>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Status == CleanupStatus.Published)
            .OrderByDescending(c => c.PublishedOn).ThenBy(c => c.Id).Take(20)
            .Select(c => new { c.Id, c.Name, c.PublishedOn })
            .ToListAsync(ct))
        .Select(c => new PublicCleanupLink(c.Id, Masking.Text(c.Name), c.PublishedOn!.Value)).ToList();

    // The portal is anonymous, and an anonymous scope reads no region's rows: published documents leave on purpose.
    private IQueryable<NormativeDocument> Published() =>
        db.Set<NormativeDocument>().IgnoreQueryFilters().AsNoTracking().Where(d => P.PublishedStatuses.Contains(d.Status) && d.PublishedOn != null);

    private static PublicDocumentLine Line(NormativeDocument d, int number, DateOnly today)
    {
        var title = Masking.Text(d.Title);
        var status = d.StatusOn(today);
        return new PublicDocumentLine(number, d.Id, title, Names.PublicTitle(status, title), d.DocumentNumber, d.RegistrationNumber,
            Masking.Text(d.IssuingAuthority), d.PublishedOn, d.EffectiveOn, d.ExpiresOn, Names.PublicStatus(status), d.EndedOnAsOf(today),
            d.SourceUrl ?? $"/portal/normative-documents/{d.Id}", d.RegionCode);
    }
}
