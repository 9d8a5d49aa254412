using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.FairCompetition.Domain;

/// <summary>政策措施类型.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureKind>))]
public enum MeasureKind
{
    [Display(Name = "行政规范性文件")] NormativeDocument = 1,
    [Display(Name = "重大行政决策草案")] DecisionDraft = 2,
    [Display(Name = "其他政策措施")] Other = 9,
}

/// <summary>审查状态 (mirrors the procedure state, kept on the row so lists filter and sort on it).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewStatus>))]
public enum ReviewStatus
{
    [Display(Name = "已登记，待识别")] Registered = 1,
    [Display(Name = "自我审查中")] SelfReview = 2,
    [Display(Name = "已作出审查结论")] Concluded = 3,
    [Display(Name = "已出台")] Issued = 4,
}

/// <summary>逐项审查意见: 符合 / 违反 / 适用例外规定.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChecklistVerdict>))]
public enum ChecklistVerdict
{
    [Display(Name = "符合")] Complies = 1,
    [Display(Name = "违反")] Violates = 2,
    [Display(Name = "适用例外规定")] Exception = 3,
}

/// <summary>One item's answer as submitted (API body and page form alike).</summary>
public sealed record AnswerInput(
    string StandardCode,
    ChecklistVerdict Verdict,
    string? Note = null,
    string? ExceptionGround = null,
    string? ExceptionJustification = null,
    string? TerminationCondition = null,
    bool NoLessRestrictiveAlternative = false)
{
    /// <summary>例外规定的完整要件 (条例第十二条): a ground, the reasons, no less restrictive alternative, and a term or end condition.</summary>
    public bool ExceptionIsComplete =>
        !string.IsNullOrWhiteSpace(ExceptionGround)
        && !string.IsNullOrWhiteSpace(ExceptionJustification)
        && !string.IsNullOrWhiteSpace(TerminationCondition)
        && NoLessRestrictiveAlternative;

    public static AnswerInput From(ChecklistAnswer a) =>
        new(a.StandardCode, a.Verdict, a.Note, a.ExceptionGround, a.ExceptionJustification, a.TerminationCondition, a.NoLessRestrictiveAlternative);
}

/// <summary>
/// 公平竞争审查 (fair competition review) of one 政策措施 (policy measure): the measure as registered, whether it affects
/// 经营者经济活动, the item-by-item self-review against the standard set its date selects, the written conclusion and,
/// when it violates, its revision and re-review. Transitions are taken through the procedure engine by the use cases;
/// the methods here record their outcome.
/// </summary>
public sealed class FairCompetitionReview : IRegionScoped
{
    private FairCompetitionReview()
    {
    }

    public FairCompetitionReview(string regionCode, string? subjectType, Guid? subjectId, string title, string draftingUnit, MeasureKind kind,
        DateOnly draftedOn, string standardSetKey, string? summary, string registeredBy, DateTime registeredAt)
    {
        RegionCode = regionCode;
        SubjectType = subjectType ?? FairCompetitionProcedure.SubjectType;
        SubjectId = subjectId ?? Id;
        Title = title;
        DraftingUnit = draftingUnit;
        Kind = kind;
        DraftedOn = draftedOn;
        StandardSetKey = standardSetKey;
        Summary = summary;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
        Status = ReviewStatus.Registered;
        Round = 1;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>The record this review belongs to (another module's, e.g. a normative document) or this review itself when registered directly.</summary>
    public string SubjectType { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    /// <summary>政策措施名称.</summary>
    public string Title { get; private set; } = "";

    /// <summary>起草单位.</summary>
    public string DraftingUnit { get; private set; } = "";

    public MeasureKind Kind { get; private set; }

    /// <summary>起草日期: selects the standard set in force (law.md §0.2).</summary>
    public DateOnly DraftedOn { get; private set; }

    public string StandardSetKey { get; private set; } = "";

    /// <summary>主要内容.</summary>
    public string? Summary { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTime RegisteredAt { get; private set; }

    public Guid InstanceId { get; private set; }

    public ReviewStatus Status { get; private set; }

    /// <summary>是否涉及经营者经济活动 (null until determined).</summary>
    public bool? AffectsBusiness { get; private set; }

    /// <summary>识别理由.</summary>
    public string? DeterminationReason { get; private set; }

    /// <summary>审查轮次: 1, then +1 for each 修改后重新审查.</summary>
    public int Round { get; private set; }

    public FairCompetitionConclusion? Conclusion { get; private set; }

    /// <summary>书面审查结论 of the current round.</summary>
    public string? ConclusionText { get; private set; }

    /// <summary>听取利害关系人、社会公众意见情况 (条例第十六条).</summary>
    public string? ConsultationNote { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>出台文号.</summary>
    public string? IssueReference { get; private set; }

    /// <summary>适用例外规定的政策措施下次评估日 (per-region cycle).</summary>
    public DateOnly? NextEvaluationOn { get; private set; }

    /// <summary>How <see cref="NextEvaluationOn"/> was computed.</summary>
    public string? EvaluationExplanation { get; private set; }

    public List<ChecklistAnswer> Answers { get; private set; } = [];

    public List<ConclusionRecord> Conclusions { get; private set; } = [];

    public IEnumerable<ChecklistAnswer> CurrentAnswers => Answers.Where(a => a.Round == Round);

    public bool MayBeIssued => Status is ReviewStatus.Concluded or ReviewStatus.Issued && Conclusion is not FairCompetitionConclusion.Violating;

    public void AttachInstance(Guid instanceId) => InstanceId = instanceId;

    /// <summary>识别: a measure not affecting business is concluded with 不涉及 and the reasons as its written conclusion.</summary>
    public ConclusionRecord? Determine(bool affectsBusiness, string reason, DateOnly on, string actor, DateTime at)
    {
        AffectsBusiness = affectsBusiness;
        DeterminationReason = reason;
        if (affectsBusiness)
        {
            Status = ReviewStatus.SelfReview;
            return null;
        }

        return Record(FairCompetitionConclusion.NotAffectingBusiness, $"不涉及经营者经济活动。{reason}", on, actor, at);
    }

    /// <summary>Records (or replaces) the current round's answers for the given items.</summary>
    public IReadOnlyList<ChecklistAnswer> Answer(IEnumerable<AnswerInput> inputs, string actor, DateTime at)
    {
        var added = new List<ChecklistAnswer>();
        foreach (var input in inputs)
        {
            var existing = CurrentAnswers.FirstOrDefault(a => a.StandardCode == input.StandardCode);
            if (existing is null)
            {
                var answer = new ChecklistAnswer(this, input, actor, at);
                Answers.Add(answer);
                added.Add(answer);
            }
            else
            {
                existing.Change(input, actor, at);
            }
        }

        return added;
    }

    /// <summary>The conclusion the answers lead to: any violation violates; else an exception; else compliant (after revision when re-reviewed).</summary>
    public static FairCompetitionConclusion ConclusionFrom(IEnumerable<ChecklistVerdict> verdicts, int round)
    {
        var list = verdicts.ToList();
        if (list.Contains(ChecklistVerdict.Violates))
        {
            return FairCompetitionConclusion.Violating;
        }

        if (list.Contains(ChecklistVerdict.Exception))
        {
            return FairCompetitionConclusion.CompliantUnderException;
        }

        return round > 1 ? FairCompetitionConclusion.RevisedToComply : FairCompetitionConclusion.Compliant;
    }

    /// <summary>作出书面审查结论; a measure under an exception gets its next evaluation date from the region's cycle.</summary>
    public ConclusionRecord Conclude(string text, string? consultation, DateOnly on, string actor, DateTime at, int evaluationMonths)
    {
        ConsultationNote = consultation;
        var conclusion = ConclusionFrom(CurrentAnswers.Select(a => a.Verdict), Round);
        var record = Record(conclusion, text, on, actor, at);
        if (conclusion == FairCompetitionConclusion.CompliantUnderException)
        {
            NextEvaluationOn = on.AddMonths(evaluationMonths);
            EvaluationExplanation =
                $"适用例外规定的政策措施应当定期评估其效果（评估周期为本区设置：每{evaluationMonths}个月，依据待核实）。"
                + $"审查结论日期{on:yyyy年M月d日}起{evaluationMonths}个月，为{NextEvaluationOn:yyyy年M月d日}（该月无对应日的，取该月末日）。";
        }

        return record;
    }

    /// <summary>修改后重新审查: a new round whose items are answered afresh; earlier rounds stay on record.</summary>
    public void Revise()
    {
        Round++;
        Status = ReviewStatus.SelfReview;
        Conclusion = null;
        ConclusionText = null;
        ConcludedOn = null;
        NextEvaluationOn = null;
        EvaluationExplanation = null;
    }

    public void RecordIssue(DateOnly on, string? reference)
    {
        Status = ReviewStatus.Issued;
        IssuedOn = on;
        IssueReference = reference;
    }

    private ConclusionRecord Record(FairCompetitionConclusion conclusion, string text, DateOnly on, string actor, DateTime at)
    {
        Status = ReviewStatus.Concluded;
        Conclusion = conclusion;
        ConclusionText = text;
        ConcludedOn = on;
        var record = new ConclusionRecord(this, conclusion, text, on, actor, at);
        Conclusions.Add(record);
        return record;
    }
}

/// <summary>逐项审查意见 (the answer to one standard item in one review round).</summary>
public sealed class ChecklistAnswer : IRegionScoped
{
    private ChecklistAnswer()
    {
    }

    internal ChecklistAnswer(FairCompetitionReview review, AnswerInput input, string actor, DateTime at)
    {
        ReviewId = review.Id;
        RegionCode = review.RegionCode;
        Round = review.Round;
        StandardCode = input.StandardCode;
        Change(input, actor, at);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReviewId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Round { get; private set; }

    public string StandardCode { get; private set; } = "";

    public ChecklistVerdict Verdict { get; private set; }

    /// <summary>审查说明 (required for a violation: what in the measure violates).</summary>
    public string? Note { get; private set; }

    /// <summary>例外情形 (one of the regime's grounds).</summary>
    public string? ExceptionGround { get; private set; }

    public string? ExceptionJustification { get; private set; }

    /// <summary>实施期限或者终止条件.</summary>
    public string? TerminationCondition { get; private set; }

    public bool NoLessRestrictiveAlternative { get; private set; }

    public string AnsweredBy { get; private set; } = "";

    public DateTime AnsweredAt { get; private set; }

    internal void Change(AnswerInput input, string actor, DateTime at)
    {
        var exception = input.Verdict == ChecklistVerdict.Exception;
        Verdict = input.Verdict;
        Note = Trimmed(input.Note);
        ExceptionGround = exception ? Trimmed(input.ExceptionGround) : null;
        ExceptionJustification = exception ? Trimmed(input.ExceptionJustification) : null;
        TerminationCondition = exception ? Trimmed(input.TerminationCondition) : null;
        NoLessRestrictiveAlternative = exception && input.NoLessRestrictiveAlternative;
        AnsweredBy = actor;
        AnsweredAt = at;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>审查结论书 (the written conclusion of one round), kept for every round so a revision never hides the first finding.</summary>
public sealed class ConclusionRecord : IRegionScoped
{
    private ConclusionRecord()
    {
    }

    internal ConclusionRecord(FairCompetitionReview review, FairCompetitionConclusion conclusion, string text, DateOnly on, string actor, DateTime at)
    {
        ReviewId = review.Id;
        RegionCode = review.RegionCode;
        Round = review.Round;
        Conclusion = conclusion;
        Text = text;
        ConcludedOn = on;
        ConcludedBy = actor;
        RecordedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReviewId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Round { get; private set; }

    public FairCompetitionConclusion Conclusion { get; private set; }

    public string Text { get; private set; } = "";

    public DateOnly ConcludedOn { get; private set; }

    public string ConcludedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}

/// <summary>公平竞争审查本区设置: the values law.md marks [U], set per region (law.md §5 "Time limits", §21 item 10).</summary>
public sealed class FairCompetitionSettings : IRegionScoped
{
    public const int DefaultEvaluationMonths = 12;

    private FairCompetitionSettings()
    {
    }

    public FairCompetitionSettings(string regionCode) => RegionCode = regionCode;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>适用例外规定的政策措施评估周期（月）: the 2021 细则 is reported to require a yearly evaluation [U].</summary>
    public int ExceptionEvaluationMonths { get; private set; } = DefaultEvaluationMonths;

    public string? UpdatedBy { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public void Change(int exceptionEvaluationMonths, string actor, DateTime at)
    {
        ExceptionEvaluationMonths = exceptionEvaluationMonths;
        UpdatedBy = actor;
        UpdatedAt = at;
    }
}
