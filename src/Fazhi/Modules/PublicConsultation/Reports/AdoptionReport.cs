using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Reports;

/// <summary>One answered comment in the report (duplicates merged into it are counted, not repeated).</summary>
public sealed record ReportComment(int Number, Guid Id, string Signature, string Body, string? Quote, string Answer, string? Reason, int Duplicates);

/// <summary>A group (归类) of comments, in the order the lead unit labelled them (unlabelled last: 其他意见).</summary>
public sealed record ReportGroup(string Label, IReadOnlyList<ReportComment> Comments);

/// <summary>
/// 意见采纳情况 (report on the adoption of public comments, 条例第十八条): the consultation, counts, and every approved
/// comment by group with its quote and answer. Hidden comments are counted, never shown.
/// </summary>
public sealed record AdoptionReport(
    Guid ConsultationId, string Title, string OrganizingUnit, DateOnly OpensOn, DateOnly ClosesOn, int Received, int Approved, int Hidden,
    int Duplicates, int Adopted, int PartlyAdopted, int NotAdopted, int Unanswered, DateOnly? PublishedOn, IReadOnlyList<ReportGroup> Groups)
{
    public const string OtherGroup = "其他意见";

    public string Summary =>
        $"{OpensOn:yyyy年M月d日}至{ClosesOn:yyyy年M月d日}，{OrganizingUnit}就《{Title}》公开征求意见，共收到意见{Received}条"
        + (Duplicates > 0 ? $"（另有重复意见{Duplicates}条已合并）" : "")
        + $"。经审核公开{Approved}条" + (Hidden > 0 ? $"，因含不当内容等未予公开{Hidden}条" : "")
        + $"。采纳{Adopted}条，部分采纳{PartlyAdopted}条，不采纳{NotAdopted}条" + (Unanswered > 0 ? $"，尚未答复{Unanswered}条" : "") + "。";

    /// <summary>Builds the report from the given consultation's rows (the caller chose the read scope: staff or portal).</summary>
    public static async Task<AdoptionReport> BuildAsync(AppDbContext db, Consultation c, CancellationToken ct)
    {
        var comments = await db.Set<PublicComment>().AsNoTracking().Where(x => x.ConsultationId == c.Id)
            .OrderBy(x => x.ReceivedAt).ThenBy(x => x.Id).ToListAsync(ct);
        var duplicates = comments.Where(x => x.Status == CommentStatus.Merged && x.MergedIntoId != null)
            .GroupBy(x => x.MergedIntoId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var approved = comments.Where(x => x.Status == CommentStatus.Approved).ToList();
        var number = 0;
        var groups = approved
            .GroupBy(x => string.IsNullOrEmpty(x.GroupLabel) ? OtherGroup : x.GroupLabel)
            .OrderBy(g => g.Key == OtherGroup ? 1 : 0).ThenBy(g => g.Min(x => x.ReceivedAt))
            .Select(g => new ReportGroup(g.Key, g.Select(x => new ReportComment(++number, x.Id, Names.Signature(x), x.Body, x.Quote,
                Names.Of(x.Answer), x.AnswerReason, duplicates.GetValueOrDefault(x.Id))).ToList()))
            .ToList();
        return new AdoptionReport(c.Id, c.Title, c.OrganizingUnit, c.OpensOn, c.ClosesOn,
            comments.Count(x => x.Status != CommentStatus.Merged), approved.Count, comments.Count(x => x.Status == CommentStatus.Hidden),
            comments.Count(x => x.Status == CommentStatus.Merged),
            approved.Count(x => x.Answer == AdoptionAnswer.Adopted), approved.Count(x => x.Answer == AdoptionAnswer.PartlyAdopted),
            approved.Count(x => x.Answer == AdoptionAnswer.NotAdopted),
            comments.Count(x => x.IsUnanswered), c.ReportPublishedOn, groups);
    }
}
