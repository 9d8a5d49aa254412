using System.IO.Compression;
using System.Text;

using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>
/// 决策档案 (条例第三十三条): the whole record of one decision as one .zip — a summary of every step, the minutes, the
/// expert opinions, the risk report, the hearings, the legality and consultation status, and every attachment.
/// </summary>
public sealed class DecisionDossier(DecisionDetails details, AppDbContext db, AttachmentStore store)
{
    public async Task<(byte[] Bytes, string FileName)> BuildAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var v = await details.ExecuteAsync(id, actor, ct);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "01_决策概况与办理记录.txt", Summary(v));
            Text(zip, "02_集体讨论会议纪要.txt", Minutes(v));
            Text(zip, "03_专家论证意见.txt", v.Experts.Count == 0 ? "无专家论证意见。" : string.Join("\n\n", v.Experts.Select((e, i) =>
                $"{i + 1}. {e.Expert}（{e.Affiliation}），{e.GivenOn:yyyy-MM-dd}\n签字或盖章：{(e.SignedOrSealed ? "是" : "否")}；与决策事项无直接利害关系：{(e.NoDirectInterest ? "是" : "否")}\n{e.Opinion}")));
            Text(zip, "04_风险评估报告.txt", v.Risk is { } r
                ? $"评估单位：{r.Assessor}\n报告日期：{r.ReportedOn:yyyy-MM-dd}\n风险等级：{r.RiskLevel}\n\n风险点：\n{r.RiskPoints}\n\n风险防范措施：\n{r.Mitigations}\n\n处置预案：\n{r.ContingencyPlan}"
                : "无风险评估报告。");
            Text(zip, "05_公众参与与听证.txt", Participation(v));
            Text(zip, "06_合法性审查.txt", v.Legality is { } l
                ? $"审查意见：{(l.OpinionIssued ? $"已出具 {l.OpinionNumber}（{l.IssuedOn:yyyy-MM-dd}）" : "尚未出具")}\n结论：{DecisionDetails.ConclusionName(l.Conclusion)}\n"
                  + string.Join("\n", l.Items.Select(i => $"{i.Number}. {i.Text}（{i.Response}{(i.Reason is null ? "" : "：" + i.Reason)}）"))
                : "未送合法性审查。");
            Text(zip, "07_决策后评估.txt", v.Evaluations.Count == 0 ? "无决策后评估。" : string.Join("\n\n", v.Evaluations.Select(e => $"{e.EvaluatedOn:yyyy-MM-dd} {e.Evaluator}\n{e.Conclusion}")));
            var owner = id.ToString();
            var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == DecisionProcedure.SubjectType && a.OwnerId == owner)
                .OrderBy(a => a.UploadedAt).ToListAsync(ct);
            var n = 0;
            foreach (var a in attachments.Where(a => store.Exists(a.Sha256)))
            {
                var entry = zip.CreateEntry($"附件/{++n:00}_{Safe(a.FileName)}");
                await using var target = entry.Open();
                await using var source = store.OpenRead(a.Sha256);
                await source.CopyToAsync(target, ct);
            }
        }

        return (buffer.ToArray(), $"决策档案_{Safe(v.Title)}.zip");
    }

    private static void Text(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    private static string Safe(string name) => string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' ? '_' : c));

    private static string Summary(DecisionView v)
    {
        var s = new StringBuilder();
        s.AppendLine($"决策事项：{v.Title}");
        s.AppendLine($"目录年度：{v.CatalogYear}    承办单位：{v.LeadUnit}    决策建议提出者：{v.Proposer}");
        s.AppendLine($"当前环节：{v.StateName}");
        s.AppendLine($"集体讨论决定：{v.DecidedOn:yyyy-MM-dd}    向党委请示报告：{v.PartyReportedOn:yyyy-MM-dd} {v.PartyReport}");
        s.AppendLine($"公布：{v.PublishedOn:yyyy-MM-dd} {v.PublicationChannel} {v.PublicationUrl}");
        if (v.ExploratoryReform)
        {
            s.AppendLine($"探索性改革决策事项，明示的法律风险：{v.LegalRiskStatement}");
        }

        s.AppendLine().AppendLine("应履行程序：");
        foreach (var r in v.Requirements)
        {
            s.AppendLine($"  {r.Name}：{(r.Required ? "须履行" : "目录未要求")}，{(r.Done ? "已完成" : "未完成")}（{r.Detail}）");
        }

        s.AppendLine().AppendLine("办理记录：");
        foreach (var step in v.Timeline)
        {
            s.AppendLine($"  {step.Sequence}. {step.On:yyyy-MM-dd} {step.Action}（{step.From} → {step.To}）{step.ActorName} {step.Note}");
        }

        s.AppendLine().AppendLine("期限：");
        foreach (var c in v.Clocks)
        {
            s.AppendLine($"  {c.Name}：{c.Status}，{c.StartedOn:yyyy-MM-dd} 至 {c.DueDate:yyyy-MM-dd}（{c.LegalBasis}）");
            foreach (var line in c.Explanation)
            {
                s.AppendLine($"    {line}");
            }
        }

        s.AppendLine().AppendLine("决策草案：").AppendLine(v.DraftText).AppendLine().AppendLine("起草说明：").AppendLine(v.Explanation);
        return s.ToString();
    }

    private static string Minutes(DecisionView v)
    {
        if (v.Meetings.Count == 0)
        {
            return "尚无集体讨论会议纪要。";
        }

        var s = new StringBuilder();
        foreach (var m in v.Meetings)
        {
            s.AppendLine($"{m.MeetingType}　{m.HeldOn:yyyy年M月d日}");
            s.AppendLine("与会人员发言（按发言顺序）：");
            foreach (var view in m.Views)
            {
                s.AppendLine($"  {view.Order}. {view.Name}（{view.Position}{(view.IsChief ? "，行政首长" : "")}）：{view.View}。{view.Remarks}");
            }

            var dissent = m.Views.Where(x => x.View == "不同意").ToList();
            s.AppendLine(dissent.Count == 0 ? "不同意见：无" : $"不同意见：{string.Join("；", dissent.Select(x => $"{x.Name}：{x.Remarks}"))}");
            s.AppendLine($"决定：{m.Outcome}");
            if (m.ChiefReasons is not null)
            {
                s.AppendLine($"行政首长说明的理由：{m.ChiefReasons}");
            }

            s.AppendLine();
        }

        return s.ToString();
    }

    private static string Participation(DecisionView v)
    {
        var s = new StringBuilder();
        s.AppendLine(v.Consultation is { } c
            ? $"公开征求意见：{c.OpensOn:yyyy-MM-dd}至{c.ClosesOn:yyyy-MM-dd}，收到{c.Received}条，采纳{c.Adopted}条，部分采纳{c.PartlyAdopted}条，不采纳{c.NotAdopted}条，待答复{c.Unanswered}条；采纳情况{(c.AdoptionReportPublished ? "已公布" : "未公布")}。"
            : "未公开征求意见。");
        if (v.ParticipationExemption is { } reason)
        {
            s.AppendLine($"不听取公众意见的理由（条例第十四条，依法不予公开的决策事项除外）：{reason}");
        }

        foreach (var h in v.Hearings)
        {
            s.AppendLine($"听证会：{h.HeldOn:yyyy-MM-dd}，{h.Place}；参加人名单{h.ParticipantsPublishedOn:yyyy-MM-dd}公布；材料{h.MaterialsDeliveredOn:yyyy-MM-dd}送达（提前{h.NoticeDays}日）；笔录{(h.RecordSigned ? "已" : "未")}经参加人签字。");
            s.AppendLine(h.Summary);
        }

        return s.ToString();
    }
}
