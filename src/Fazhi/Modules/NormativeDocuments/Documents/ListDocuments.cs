using System.Globalization;

using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>Filter, sort and page of the ledger, as query-string text (so bad values become Chinese 400s, not binding errors).</summary>
public sealed record DocumentFilter
{
    /// <summary>检索词: 文件名称、文号、登记编号 or 正文 contains it.</summary>
    public string? Q { get; init; }

    /// <summary>A <see cref="NormativeDocumentStatus"/> name, or "valid" (有效) / "ended" (已失效、已废止、已修改).</summary>
    public string? Status { get; init; }

    /// <summary>公布年度.</summary>
    public string? Year { get; init; }

    /// <summary>"true": only documents whose 实施后评估 is due (reminded and not evaluated since).</summary>
    public string? EvaluationDue { get; init; }

    /// <summary>title | published | expires | status | created (default), with "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One document on the ledger list (API).</summary>
public sealed record DocumentListItem(
    Guid Id, string Title, string? DocumentNumber, string? RegistrationNumber, string IssuingAuthority, string DraftingUnit, string Status,
    string StatusName, string PublicStatus, DateOnly? PublishedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, DateOnly? EndedOn, DateOnly? EvaluationRemindedOn)
{
    public static DocumentListItem Of(NormativeDocument d) => new(
        d.Id, d.Title, d.DocumentNumber, d.RegistrationNumber, d.IssuingAuthority, d.DraftingUnit, d.Status.ToString(), Names.Of(d.Status),
        Names.PublicStatus(d.Status), d.PublishedOn, d.EffectiveOn, d.ExpiresOn, d.EndedOn, d.EvaluationRemindedOn);
}

/// <summary>台账查询: the region's documents, filtered, sorted and paged (the same filter drives the Excel export).</summary>
public sealed class ListDocuments(AppDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<NormativeDocument>> PageAsync(DocumentFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((int)Math.Min((long)(page - 1) * size, int.MaxValue)).Take(size).ToListAsync(ct);
        return new Paged<NormativeDocument>(items, page, size, total);
    }

    /// <summary>Every matching row (for the export), in the list's order.</summary>
    public async Task<List<NormativeDocument>> AllAsync(DocumentFilter filter, CancellationToken ct) =>
        await Build(filter).Query.Take(Platform.Spreadsheets.Ledgers.MaxRows).ToListAsync(ct);

    private (IQueryable<NormativeDocument> Query, int Page, int Size) Build(DocumentFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var query = db.Set<NormativeDocument>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            // DEBT: substring search by LIKE (same on SQLite and PostgreSQL); DESIGN.md aims at FTS5 trigram / pg_trgm indexes.
            query = query.Where(d => d.Title.Contains(q) || (d.DocumentNumber != null && d.DocumentNumber.Contains(q))
                || (d.RegistrationNumber != null && d.RegistrationNumber.Contains(q)) || d.BodyText.Contains(q));
        }

        switch (filter.Status?.Trim())
        {
            case null or "":
                break;
            case "valid":
                query = query.Where(d => (d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce)
                    && (d.ExpiresOn == null || d.ExpiresOn >= today));
                break;
            case "ended":
                query = query.Where(d => d.Status == NormativeDocumentStatus.Expired || d.Status == NormativeDocumentStatus.Amended
                    || d.Status == NormativeDocumentStatus.Repealed || d.Status == NormativeDocumentStatus.DeclaredInvalid
                    || ((d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce) && d.ExpiresOn < today));
                break;
            case var s when Enum.TryParse<NormativeDocumentStatus>(s, out var status) && !int.TryParse(s, out _):
                query = query.Where(d => d.Status == status);
                break;
            default:
                errors["status"] = ["状态不正确"];
                break;
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            {
                var first = new DateOnly(year, 1, 1);
                var next = first.AddYears(1);
                query = query.Where(d => d.PublishedOn >= first && d.PublishedOn < next);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        if (filter.EvaluationDue is "true" or "on")
        {
            // Reminded by the validity check and not evaluated since.
            query = query.Where(d => (d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce)
                && d.EvaluationRemindedOn != null && (d.LastEvaluatedOn == null || d.LastEvaluatedOn < d.EvaluationRemindedOn));
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors, maxSize: MaxPageSize);

        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" or "created" => descending || sort == "" ? query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id) : query.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id),
            "title" => descending ? query.OrderByDescending(d => d.Title).ThenBy(d => d.Id) : query.OrderBy(d => d.Title).ThenBy(d => d.Id),
            "published" => descending ? query.OrderByDescending(d => d.PublishedOn).ThenBy(d => d.Id) : query.OrderBy(d => d.PublishedOn).ThenBy(d => d.Id),
            "expires" => descending ? query.OrderByDescending(d => d.ExpiresOn).ThenBy(d => d.Id) : query.OrderBy(d => d.ExpiresOn).ThenBy(d => d.Id),
            "status" => descending ? query.OrderByDescending(d => d.Status).ThenBy(d => d.Id) : query.OrderBy(d => d.Status).ThenBy(d => d.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<NormativeDocument> Invalid(IQueryable<NormativeDocument> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 title、published、expires、status 或 created（前加 - 为倒序）"];
        return query;
    }

}
