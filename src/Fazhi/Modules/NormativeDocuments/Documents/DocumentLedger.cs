using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>One row of the 规范性文件台账 as the spreadsheet holds it.</summary>
public sealed class DocumentLedgerRow
{
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public string? RegistrationNumber { get; set; }

    public string IssuingAuthority { get; set; } = "";

    public string? DraftingUnit { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string Status { get; set; } = "";

    public NormativeDocumentStatus? ParsedStatus { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? FiledOn { get; set; }

    public bool LegalityReviewed { get; set; }

    public bool AffectsBusiness { get; set; }

    public bool FairCompetitionReviewed { get; set; }

    public static DocumentLedgerRow Of(NormativeDocument d, int number) => new()
    {
        Number = number,
        Title = d.Title,
        DocumentNumber = d.DocumentNumber ?? "",
        RegistrationNumber = d.RegistrationNumber,
        IssuingAuthority = d.IssuingAuthority,
        DraftingUnit = d.DraftingUnit,
        PublishedOn = d.PublishedOn,
        EffectiveOn = d.EffectiveOn,
        ExpiresOn = d.ExpiresOn,
        Status = d.Status == NormativeDocumentStatus.DeclaredInvalid ? "宣布失效" : Names.PublicStatus(d.Status),
        EndedOn = d.EndedOn,
        SourceUrl = d.SourceUrl,
        FiledOn = d.FiledOn,
        LegalityReviewed = d.LegalityReviewedBeforeDeliberation,
        AffectsBusiness = d.AffectsBusiness,
        FairCompetitionReviewed = d.FairCompetitionReviewId is not null || d.FairCompetitionReviewedBeforeIssue,
    };
}

/// <summary>规范性文件台账: one column layout for the Excel export and the import (Platform/Spreadsheets).</summary>
public static class DocumentLedger
{
    public static readonly IReadOnlyDictionary<string, NormativeDocumentStatus> ImportableStatuses = new Dictionary<string, NormativeDocumentStatus>
    {
        ["有效"] = NormativeDocumentStatus.InForce,
        ["已失效"] = NormativeDocumentStatus.Expired,
        ["已修改"] = NormativeDocumentStatus.Amended,
        ["已废止"] = NormativeDocumentStatus.Repealed,
        ["宣布失效"] = NormativeDocumentStatus.DeclaredInvalid,
    };

    /// <summary>The layout of export (no rules) and import (with the rules checked cell by cell, so every bad row is reported at once).</summary>
    public static readonly LedgerLayout<DocumentLedgerRow> Layout = Create(null);

    public static LedgerLayout<DocumentLedgerRow> Create(ImportRules? rules) => new("规范性文件台账",
    [
        new("序号", r => r.Number),
        new("文件名称", r => r.Title, (r, t) => Text(t, NormativeDocument.MaxTitle, v => r.Title = v), Required: true),
        new("文号", r => r.DocumentNumber, (r, t) => Text(t, 100, v => r.DocumentNumber = v) ?? rules?.NewNumber(t), Required: true),
        new("登记编号", r => r.RegistrationNumber, (r, t) => Text(t, 100, v => r.RegistrationNumber = v)),
        new("制定机关", r => r.IssuingAuthority, (r, t) => Text(t, NormativeDocument.MaxUnit, v => r.IssuingAuthority = v), Required: true),
        new("起草单位", r => r.DraftingUnit, (r, t) => Text(t, NormativeDocument.MaxUnit, v => r.DraftingUnit = v)),
        new("公布日期", r => Day(r.PublishedOn), (r, t) => Date(t, v => r.PublishedOn = v) ?? rules?.Published(r), Required: true),
        new("施行日期", r => Day(r.EffectiveOn), (r, t) => Date(t, v => r.EffectiveOn = v), Required: true),
        new("有效期至", r => Day(r.ExpiresOn), (r, t) => Date(t, v => r.ExpiresOn = v) ?? rules?.Validity(r), Required: true),
        new("状态", r => r.Status, (r, t) => ParseStatus(r, t) ?? rules?.Status(r), Required: true),
        new("失效日期", r => Day(r.EndedOn), (r, t) => Date(t, v => r.EndedOn = v)),
        new("原文链接", r => r.SourceUrl, ParseUrl),
        new("备案日期", r => Day(r.FiledOn), (r, t) => Date(t, v => r.FiledOn = v)),
        new("经合法性审核", r => r.LegalityReviewed ? "是" : "否", (r, t) => YesNo(t, v => r.LegalityReviewed = v) ?? rules?.LegalityGate(r)),
        new("涉及经营者经济活动", r => r.AffectsBusiness ? "是" : "否", (r, t) => YesNo(t, v => r.AffectsBusiness = v)),
        new("经公平竞争审查", r => r.FairCompetitionReviewed ? "是" : "否", (r, t) => YesNo(t, v => r.FairCompetitionReviewed = v) ?? rules?.FairCompetitionGate(r)),
    ]);

    /// <summary>The import's rules beyond a cell's shape: 文号 unique in the region and file, the validity period, status against dates.</summary>
    public sealed class ImportRules(NormativeDocumentOptions options, DateOnly today, IReadOnlySet<string> existing)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public string? NewNumber(string number) =>
            existing.Contains(number) || !_seen.Add(number) ? $"文号“{number}”已在台账中" : null;

        public string? Published(DocumentLedgerRow row) => row.PublishedOn > today ? "公布日期不能晚于今天" : null;

        public string? Validity(DocumentLedgerRow row) =>
            row is { EffectiveOn: { } effective, ExpiresOn: { } expires } ? ValidityPeriod.Refuse(row.Title, effective, expires, options) : null;

        /// <summary>
        /// The procedure's gates for a row imported as 有效 (an ended document is a historical ledger entry, stored as the
        /// ledger says): a document shown as lawful must have had its 合法性审核 ...
        /// </summary>
        public string? LegalityGate(DocumentLedgerRow row) =>
            row.ParsedStatus == NormativeDocumentStatus.InForce && !row.LegalityReviewed
                ? $"状态为“有效”的文件须经合法性审核，未经审核的不能作为有效文件导入（{NormativeDocumentProcedure.LegalityBasis}）"
                : null;

        /// <summary>... and, when it touches business, its 公平竞争审查 under the instrument in force on its 公布日期 (none before 2016-06-01).</summary>
        public string? FairCompetitionGate(DocumentLedgerRow row)
        {
            if (row.ParsedStatus != NormativeDocumentStatus.InForce || !row.AffectsBusiness || row.FairCompetitionReviewed
                || row.PublishedOn is not { } published || published < FairCompetitionReviewSince)
            {
                return null;
            }

            var basis = published >= NormativeDocumentProcedure.FairCompetitionRegulationInForce
                ? NormativeDocumentProcedure.FairCompetitionBasis
                : NormativeDocumentProcedure.FairCompetitionBasisBefore2024;
            return $"涉及经营者经济活动的文件未经公平竞争审查，不能作为有效文件导入（{basis}）";
        }

        public string? Status(DocumentLedgerRow row) =>
            row.ParsedStatus == NormativeDocumentStatus.InForce && row.ExpiresOn is { } expires && expires < today
                ? $"有效期至{ValidityPeriod.Day(expires)}已届满，状态应为“已失效”"
                : null;
    }

    /// <summary>国发〔2016〕34号 (公平竞争审查制度) was issued on 2016-06-01; documents published before it had no such review.</summary>
    public static readonly DateOnly FairCompetitionReviewSince = new(2016, 6, 1);

    private static string? Day(DateOnly? date) => date is { } d ? ValidityPeriod.Day(d) : null;

    private static string? Text(string text, int max, Action<string> set)
    {
        if (text.Length > max)
        {
            return $"不能超过{max}个字符";
        }

        set(text);
        return null;
    }

    private static string? Date(string text, Action<DateOnly> set)
    {
        var error = Cells.Date(text, out var value);
        if (error is null)
        {
            set(value);
        }

        return error;
    }

    private static string? YesNo(string text, Action<bool> set)
    {
        switch (text)
        {
            case "是" or "Y" or "y" or "1" or "TRUE" or "true":
                set(true);
                return null;
            case "否" or "N" or "n" or "0" or "FALSE" or "false":
                set(false);
                return null;
            default:
                return "应填“是”或“否”";
        }
    }

    private static string? ParseStatus(DocumentLedgerRow row, string text)
    {
        row.Status = text;
        if (ImportableStatuses.TryGetValue(text, out var status))
        {
            row.ParsedStatus = status;
            return null;
        }

        return "应为 有效、已失效、已修改、已废止 或 宣布失效（台账只导入已公布的文件）";
    }

    private static string? ParseUrl(DocumentLedgerRow row, string text)
    {
        if (text.Length > NormativeDocument.MaxUrl || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "应为 http:// 或 https:// 开头的网址";
        }

        row.SourceUrl = text;
        return null;
    }
}

/// <summary>
/// 台账导入: adds the documents of a ledger file (documents issued before the platform). Every bad row is reported —
/// cell errors, the validity rule, 文号 already in the ledger — and nothing is stored unless every row is good.
/// </summary>
public sealed class ImportDocuments(AppDbContext db, ProcedureEngine engine, IOptions<NormativeDocumentOptions> options, TimeProvider time, ICalendarSource calendars)
{
    public async Task<int> ExecuteAsync(Stream file, string fileName, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var existing = (await db.Set<NormativeDocument>().AsNoTracking()
                .Where(d => d.RegionCode == regionCode && d.DocumentNumber != null)
                .Select(d => d.DocumentNumber!)
                .ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var rules = new DocumentLedger.ImportRules(options.Value, LegalDate.Today(time), existing);
        var import = await Ledgers.ImportAsync(DocumentLedger.Create(rules), file, fileName, ct);
        var errors = import.Rows
            .Where(x => x.Value.ParsedStatus is { } s && s != NormativeDocumentStatus.InForce && s != NormativeDocumentStatus.Expired && x.Value.EndedOn is null)
            .Select(x => new LedgerRowError(x.Row, "失效日期", "已修改、已废止或宣布失效的文件须填写失效日期"))
            .ToList();
        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        var at = time.GetUtcNow().UtcDateTime;
        var calendar = await calendars.GetAsync(ct);
        foreach (var (_, r) in import.Rows)
        {
            var status = r.ParsedStatus!.Value;
            var filedOnTime = r.FiledOn is { } filed ? filed <= FilingDue(calendar, r.PublishedOn!.Value) : (bool?)null;
            var document = NormativeDocument.FromLedger(regionCode, r.Title, r.IssuingAuthority, r.DraftingUnit, r.DocumentNumber, r.RegistrationNumber,
                r.PublishedOn!.Value, r.EffectiveOn!.Value, r.ExpiresOn!.Value, r.SourceUrl, r.FiledOn, filedOnTime, r.LegalityReviewed, r.AffectsBusiness,
                r.FairCompetitionReviewed, at, actor.Login);
            var instance = engine.Start(NormativeDocumentProcedure.Key, NormativeDocumentProcedure.SubjectType, document.Id, regionCode, actor);
            await engine.ApplyAsync(instance, NormativeDocumentProcedure.ImportAction(status), actor, null,
                new StepInput { Note = $"台账导入：{r.DocumentNumber}，公布日期{ValidityPeriod.Day(r.PublishedOn!.Value)}" }, ct);
            document.AttachProcedure(instance.Id);
            document.MoveTo(instance.State);
            if (status != NormativeDocumentStatus.InForce)
            {
                document.End(r.EndedOn ?? ValidityPeriod.LapsesOn(r.ExpiresOn!.Value), $"台账导入：{r.Status}");
            }

            db.Add(document);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }

    /// <summary>
    /// 报送备案期限 of an imported document, as the platform's filing clock counts it: the configured days after 公布日期,
    /// a last day on a holiday rolled forward. Before the holiday data (2022) the nominal day is used, which only errs
    /// toward 未按时 for a filing on a rolled-forward day.
    /// </summary>
    private DateOnly FilingDue(WorkingDayCalendar calendar, DateOnly publishedOn)
    {
        var nominal = publishedOn.AddDays(options.Value.FilingDays);
        try
        {
            return calendar.RollForward(publishedOn, options.Value.FilingDays, nominal).Due;
        }
        catch (CalendarYearMissingException)
        {
            return nominal;
        }
    }
}
