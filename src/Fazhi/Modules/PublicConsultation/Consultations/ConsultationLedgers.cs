using Fazhi.Platform.Spreadsheets;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>Excel layouts of the consultation ledger and of one consultation's comments (export only).</summary>
public static class ConsultationLedgers
{
    public sealed class ConsultationRow
    {
        public ConsultationLine Line { get; init; } = null!;

        public int Number { get; init; }
    }

    public sealed class CommentRow
    {
        public CommentLine Line { get; init; } = null!;

        public int Number { get; init; }
    }

    public static readonly LedgerLayout<ConsultationRow> Consultations = new("征求意见台账",
    [
        new("序号", r => r.Number),
        new("标题", r => r.Line.Title),
        new("组织单位", r => r.Line.OrganizingUnit),
        new("开始日期", r => r.Line.OpensOn),
        new("截止日期", r => r.Line.ClosesOn),
        new("期限（日）", r => r.Line.Days),
        new("缩短期限理由", r => r.Line.UrgencyReason),
        new("阶段", r => r.Line.Phase),
        new("收到意见（条）", r => r.Line.Received),
        new("待审核（条）", r => r.Line.Pending),
        new("未答复（条）", r => r.Line.Unanswered),
        new("采纳情况公布日期", r => r.Line.ReportPublishedOn),
    ]);

    // The phone never appears: only whether one was left.
    public static readonly LedgerLayout<CommentRow> Comments = new("公众意见",
    [
        new("序号", r => r.Number),
        new("收到时间（UTC）", r => r.Line.ReceivedAt),
        new("署名", r => r.Line.Signature),
        new("引用原文", r => r.Line.Anchor?.Quote),
        new("意见内容", r => r.Line.Body),
        new("联系电话", r => r.Line.HasPhone ? "已留联系电话" : ""),
        new("审核状态", r => r.Line.StatusName),
        new("隐藏理由", r => r.Line.HiddenReason),
        new("归类", r => r.Line.GroupLabel),
        new("采纳情况", r => r.Line.AnswerName),
        new("理由", r => r.Line.AnswerReason),
    ]);
}
