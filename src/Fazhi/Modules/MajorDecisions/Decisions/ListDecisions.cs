using System.Globalization;

using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>Filter, sort and page of the decisions list, as query-string text (bad values become Chinese 400s).</summary>
public sealed record DecisionFilter
{
    /// <summary>检索词: 决策事项 or 承办单位 contains it.</summary>
    public string? Q { get; init; }

    /// <summary>A procedure state key.</summary>
    public string? State { get; init; }

    /// <summary>目录年度.</summary>
    public string? Year { get; init; }

    /// <summary>title | decided | state | created (default, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One decision on the list (API and export).</summary>
public sealed record DecisionListItem(Guid Id, int CatalogYear, string Title, string LeadUnit, string State, string StateName, DateOnly ProposedOn,
    DateOnly? DecidedOn, DateOnly? PublishedOn, string RequiredProcedures)
{
    public static DecisionListItem Of(MajorDecision d) => new(d.Id, d.CatalogYear, d.Title, d.LeadUnit, d.State, DecisionProcedure.NameOf(d.State), d.ProposedOn,
        d.DecidedOn, d.PublishedOn, Required(d));

    private static string Required(MajorDecision d) => string.Join("、", new[]
    {
        d.RequiresPublicParticipation ? "公众参与" : null, d.RequiresExpertReview ? "专家论证" : null, d.RequiresRiskAssessment ? "风险评估" : null,
        d.RequiresHearing ? "听证" : null, d.AffectsBusiness ? "公平竞争审查" : null, "合法性审查",
    }.Where(s => s is not null));
}

public sealed class ListDecisions(AppDbContext db)
{
    public const int MaxPageSize = 200;

    public static readonly LedgerLayout<(int Number, DecisionListItem Item)> Layout = new("重大行政决策台账",
    [
        new("序号", r => r.Number),
        new("目录年度", r => r.Item.CatalogYear),
        new("决策事项", r => r.Item.Title),
        new("承办单位", r => r.Item.LeadUnit),
        new("应履行程序", r => r.Item.RequiredProcedures),
        new("当前环节", r => r.Item.StateName),
        new("决策建议日期", r => r.Item.ProposedOn),
        new("集体讨论决定日期", r => r.Item.DecidedOn),
        new("公布日期", r => r.Item.PublishedOn),
    ]);

    public async Task<Paged<MajorDecision>> PageAsync(DecisionFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<MajorDecision>(items, page, size, total);
    }

    public async Task<byte[]> ExportAsync(DecisionFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((d, i) => (i + 1, DecisionListItem.Of(d))), ct);
    }

    private (IQueryable<MajorDecision> Query, int Page, int Size) Build(DecisionFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<MajorDecision>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(d => d.Title.Contains(q) || d.LeadUnit.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = filter.State.Trim();
            if (DecisionProcedure.States.All(s => s.Key != state))
            {
                errors["state"] = ["环节不正确"];
            }

            query = query.Where(d => d.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2019 and <= 2100)
            {
                query = query.Where(d => d.CatalogYear == year);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors, maxSize: MaxPageSize);


        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" or "created" => descending || sort == "" ? query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id) : query.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id),
            "title" => descending ? query.OrderByDescending(d => d.Title).ThenBy(d => d.Id) : query.OrderBy(d => d.Title).ThenBy(d => d.Id),
            "decided" => descending ? query.OrderByDescending(d => d.DecidedOn).ThenBy(d => d.Id) : query.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id),
            "state" => descending ? query.OrderByDescending(d => d.State).ThenBy(d => d.Id) : query.OrderBy(d => d.State).ThenBy(d => d.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<MajorDecision> Invalid(IQueryable<MajorDecision> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 title、decided、state 或 created（前加 - 为倒序）"];
        return query;
    }

}
