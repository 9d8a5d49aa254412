namespace Fazhi.Modules.NormativeDocuments;

/// <summary>
/// The local values of law.md §4 that are unconfirmed ([U]) and so configurable (section <c>NormativeDocuments</c>):
/// validity period, consultation and filing periods, legality-review window, evaluation lead time, the nightly check.
/// </summary>
public sealed class NormativeDocumentOptions
{
    /// <summary>有效期上限 (years) of an ordinary document (ND-T3).</summary>
    public int ValidityYears { get; set; } = 5;

    /// <summary>有效期上限 (years) of a document titled 暂行 or 试行 (ND-T3).</summary>
    public int ProvisionalValidityYears { get; set; } = 2;

    /// <summary>公开征求意见 period in calendar days (§4 step 3).</summary>
    public int ConsultationDays { get; set; } = 30;

    /// <summary>合法性审核 window in working days (ND-T1, upper bound).</summary>
    public int LegalityReviewWorkingDays { get; set; } = 15;

    /// <summary>报送备案 period after publication in calendar days (ND-T2).</summary>
    public int FilingDays { get; set; } = 15;

    /// <summary>实施后评估 reminder: this many months before 有效期至 (ND-T3).</summary>
    public int EvaluationMonthsBeforeExpiry { get; set; } = 6;

    /// <summary>How often the validity check runs (it is idempotent; "nightly" is its at-most-a-day promise). 0 = off.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>编号种类 of the 登记编号 (its pattern is configured on the numbering page, e.g. {prefix}—{year}—{n}).</summary>
    public string RegistrationNumberKind { get; set; } = "normative_documents.registration";

    /// <summary>编号种类 of the 文号 (e.g. {prefix}〔{year}〕{n}号).</summary>
    public string DocumentNumberKind { get; set; } = "normative_documents.document";
}
