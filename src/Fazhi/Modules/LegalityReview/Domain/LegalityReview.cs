using System.ComponentModel.DataAnnotations;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.LegalityReview.Domain;

/// <summary>审查件状态 (status of a review), mirroring the procedure state.</summary>
public enum ReviewStatus
{
    [Display(Name = "已登记")] Registered,
    [Display(Name = "材料审核中")] Submitted,
    [Display(Name = "退回补充材料")] Returned,
    [Display(Name = "审查中")] Reviewing,
    [Display(Name = "已出具审查意见")] OpinionIssued,
    [Display(Name = "已反馈采纳情况")] Handled,
    [Display(Name = "已作出决定")] Decided,
    [Display(Name = "已归档")] Archived,
    [Display(Name = "已撤回")] Withdrawn,
}

/// <summary>审查意见采纳情况 (how the submitting unit answered one opinion item).</summary>
public enum ItemResponse
{
    [Display(Name = "待反馈")] Pending,
    [Display(Name = "采纳")] Adopted,
    [Display(Name = "不采纳")] NotAdopted,
}

/// <summary>
/// 合法性审查件 (a matter submitted for legality review, law.md §3): the material as submitted, the review period it was
/// submitted under, the reviewer, the signed opinion with its numbered items and the submitting unit's answers, and the
/// decision. The procedure engine decides whether a step may happen; these methods record what the step says.
/// </summary>
public sealed class LegalityReview : IRegionScoped
{
    public const int MaxTitle = 200;
    public const int MaxText = 4000;

    private LegalityReview()
    {
    }

    public LegalityReview(string regionCode, SubmissionDetails details, int reviewDays, string submittedBy, DateTime at)
    {
        RegionCode = regionCode;
        Title = details.Title;
        DocumentType = details.DocumentType;
        SubmittingUnit = details.SubmittingUnit;
        Complex = details.Complex;
        Basis = details.Basis;
        Background = details.Background;
        Consultation = details.Consultation;
        RequestedBy = details.RequestedBy;
        SubjectType = details.SubjectType;
        SubjectId = details.SubjectId;
        ReviewDays = reviewDays;
        SubmittedBy = submittedBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public ReviewDocumentType DocumentType { get; private set; }

    /// <summary>承办单位 / 送审单位.</summary>
    public string SubmittingUnit { get; private set; } = "";

    /// <summary>复杂事项: reviewed under the longer period.</summary>
    public bool Complex { get; private set; }

    /// <summary>制定依据.</summary>
    public string? Basis { get; private set; }

    /// <summary>起草说明、背景.</summary>
    public string? Background { get; private set; }

    /// <summary>征求意见情况.</summary>
    public string? Consultation { get; private set; }

    /// <summary>送审单位希望取得审查意见的日期.</summary>
    public DateOnly? RequestedBy { get; private set; }

    /// <summary>The requesting module's record, when the review was requested through <see cref="ILegalityReviews"/>.</summary>
    public string? SubjectType { get; private set; }

    public Guid? SubjectId { get; private set; }

    /// <summary>The review period (working days) the case was submitted under.</summary>
    public int ReviewDays { get; private set; }

    public Guid InstanceId { get; private set; }

    public ReviewStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateOnly SubmittedOn { get; private set; }

    public int ReturnCount { get; private set; }

    public string? ReviewerLogin { get; private set; }

    public string? ReviewerName { get; private set; }

    public ReviewConclusion? Conclusion { get; private set; }

    /// <summary>审查意见书编号 (from Numbering).</summary>
    public string? OpinionNumber { get; private set; }

    public DateOnly? OpinionIssuedOn { get; private set; }

    public string? OpinionSummary { get; private set; }

    /// <summary>签署人 (the reviewer who signed), as "姓名（登录名）".</summary>
    public string? SignedBy { get; private set; }

    /// <summary>法律顾问参与: the signer is a 法律顾问, or a named adviser co-signed.</summary>
    public bool AdviserSignOff { get; private set; }

    public string? AdviserName { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    public List<OpinionItem> Items { get; private set; } = [];

    public bool IsOpen => Status is not (ReviewStatus.Decided or ReviewStatus.Archived or ReviewStatus.Withdrawn);

    public bool AllItemsAnswered => Items.All(i => i.Response != ItemResponse.Pending);

    public ReviewGate Gate(string actorLogin, ReviewConclusion? proposed = null, int proposedItems = 0) => new(
        DocumentType, OpinionIssuedOn is not null, Conclusion, AllItemsAnswered, ReviewerLogin is not null,
        ReviewerLogin == actorLogin, Status == ReviewStatus.Decided, proposed, proposedItems);

    public void Began(Guid instanceId, DateOnly submittedOn)
    {
        InstanceId = instanceId;
        SubmittedOn = submittedOn;
    }

    /// <summary>Follows the procedure's state after a step.</summary>
    public void MoveTo(string state) => Status = state switch
    {
        ReviewProcedure.Registered => ReviewStatus.Registered,
        ReviewProcedure.Submitted => ReviewStatus.Submitted,
        ReviewProcedure.Returned => ReviewStatus.Returned,
        ReviewProcedure.Reviewing => ReviewStatus.Reviewing,
        ReviewProcedure.OpinionIssued => ReviewStatus.OpinionIssued,
        ReviewProcedure.Handled => ReviewStatus.Handled,
        ReviewProcedure.Decided => ReviewStatus.Decided,
        ReviewProcedure.Archived => ReviewStatus.Archived,
        ReviewProcedure.Withdrawn => ReviewStatus.Withdrawn,
        _ => throw new InvalidOperationException($"未知的程序状态 {state}"),
    };

    public void Returned() => ReturnCount++;

    public void Resubmitted(string? basis, string? background, string? consultation)
    {
        Basis = basis ?? Basis;
        Background = background ?? Background;
        Consultation = consultation ?? Consultation;
    }

    public void AssignReviewer(string login, string name)
    {
        ReviewerLogin = login;
        ReviewerName = name;
    }

    public void IssueOpinion(ReviewConclusion conclusion, string summary, IReadOnlyList<string> items, string number, DateOnly on,
        string signedBy, bool signerIsAdviser, string? adviserName)
    {
        Conclusion = conclusion;
        OpinionSummary = summary;
        OpinionNumber = number;
        OpinionIssuedOn = on;
        SignedBy = signedBy;
        AdviserName = string.IsNullOrWhiteSpace(adviserName) ? null : adviserName.Trim();
        AdviserSignOff = signerIsAdviser || AdviserName is not null;
        for (var i = 0; i < items.Count; i++)
        {
            Items.Add(new OpinionItem(this, i + 1, items[i]));
        }
    }

    /// <summary>Records the answer to every item; a not-adopted item needs its written reason.</summary>
    public void AnswerItems(IReadOnlyDictionary<int, (ItemResponse Response, string? Reason)> answers, DateOnly on)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var item in Items)
        {
            if (!answers.TryGetValue(item.Number, out var answer) || answer.Response == ItemResponse.Pending)
            {
                errors[$"items[{item.Number}]"] = [$"请反馈第{item.Number}条审查意见是否采纳"];
            }
            else if (answer.Response == ItemResponse.NotAdopted && string.IsNullOrWhiteSpace(answer.Reason))
            {
                errors[$"items[{item.Number}]"] = [$"第{item.Number}条审查意见不采纳的，应书面说明理由"];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        foreach (var item in Items)
        {
            var (response, reason) = answers[item.Number];
            item.Answer(response, response == ItemResponse.NotAdopted ? reason!.Trim() : reason?.Trim(), on);
        }
    }

    public void Decided(DateOnly on, string? note)
    {
        DecidedOn = on;
        DecisionNote = note;
    }

    public void Archived(DateOnly on) => ArchivedOn = on;
}

/// <summary>What a submission says about the matter (form, API or another module's request).</summary>
public sealed record SubmissionDetails(
    string Title,
    ReviewDocumentType DocumentType,
    string SubmittingUnit,
    bool Complex,
    string? Basis = null,
    string? Background = null,
    string? Consultation = null,
    DateOnly? RequestedBy = null,
    string? SubjectType = null,
    Guid? SubjectId = null,
    DateOnly? SubmittedOn = null);

/// <summary>审查意见条目 (one numbered item of an opinion) and the submitting unit's answer to it.</summary>
public sealed class OpinionItem : IRegionScoped
{
    private OpinionItem()
    {
    }

    internal OpinionItem(LegalityReview review, int number, string text)
    {
        ReviewId = review.Id;
        RegionCode = review.RegionCode;
        Number = number;
        Text = text;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReviewId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public ItemResponse Response { get; private set; }

    /// <summary>不采纳的理由 (required), or a note on how it was adopted.</summary>
    public string? Reason { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    internal void Answer(ItemResponse response, string? reason, DateOnly on)
    {
        Response = response;
        Reason = reason;
        AnsweredOn = on;
    }
}
