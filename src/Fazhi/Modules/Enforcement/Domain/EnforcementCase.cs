using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>当事人类型.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartyKind>))]
public enum PartyKind
{
    [Display(Name = "自然人")] Individual = 1,
    [Display(Name = "法人或其他组织")] Organisation = 2,
}

/// <summary>线索来源.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClueSource>))]
public enum ClueSource
{
    [Display(Name = "日常巡查")] Inspection = 1,
    [Display(Name = "群众投诉举报")] Complaint = 2,
    [Display(Name = "12345热线")] Hotline = 3,
    [Display(Name = "上级交办")] Assigned = 4,
    [Display(Name = "部门移送")] Transfer = 5,
    [Display(Name = "其他")] Other = 9,
}

/// <summary>拟作出 / 作出的处理 (行政处罚法第五十七条).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome
{
    [Display(Name = "给予行政处罚")] Penalty = 1,
    [Display(Name = "不予行政处罚")] NoPenalty = 2,
    [Display(Name = "违法事实不能成立，不予行政处罚")] NotEstablished = 3,
    [Display(Name = "移送司法机关")] Transfer = 4,
}

/// <summary>处罚种类 proposed or imposed (行政处罚法第九条), as flags.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PenaltyMeasures>))]
[Flags]
public enum PenaltyMeasures
{
    None = 0,
    [Display(Name = "警告、通报批评")] Warning = 1,
    [Display(Name = "罚款")] Fine = 2,
    [Display(Name = "没收违法所得、没收非法财物")] Confiscation = 4,
    [Display(Name = "降低资质等级、吊销许可证件")] Licence = 8,
    [Display(Name = "责令停产停业、责令关闭、限制从业")] Business = 16,
}

/// <summary>救济类型.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RemedyKind>))]
public enum RemedyKind
{
    [Display(Name = "行政复议")] Reconsideration = 1,
    [Display(Name = "行政诉讼")] Litigation = 2,
}

/// <summary>
/// 行政执法案件 (administrative enforcement case, ordinary procedure 行政处罚法第五十四条至第六十二条). Each transition is
/// taken through the procedure engine (<see cref="OrdinaryProcedure"/>); the methods here record what the step
/// establishes, validating the input, and the engine's gates then read the result before anything is saved.
/// </summary>
public sealed class EnforcementCase : IRegionScoped
{
    public const string SubjectType = "enforcement.case";

    private EnforcementCase()
    {
    }

    public EnforcementCase(string regionCode, string title, Guid? matterId, EnforcementDomain domain, PartyKind partyKind, string partyName,
        string? partyIdNumber, ClueSource source, string clueSummary, DateOnly clueReceivedOn)
    {
        RegionCode = regionCode;
        Title = EnforcementAgency.Required(title, "title", "请填写案由", 200);
        MatterId = matterId;
        Domain = Enum.IsDefined(domain) ? domain : throw new FieldValidationException("domain", "请选择执法领域");
        PartyKind = Enum.IsDefined(partyKind) ? partyKind : throw new FieldValidationException("partyKind", "请选择当事人类型");
        PartyName = EnforcementAgency.Required(partyName, "partyName", "请填写当事人名称", 200);
        PartyIdNumber = string.IsNullOrWhiteSpace(partyIdNumber) ? null : partyIdNumber.Trim();
        Source = Enum.IsDefined(source) ? source : throw new FieldValidationException("source", "请选择线索来源");
        ClueSummary = EnforcementAgency.Required(clueSummary, "clueSummary", "请填写线索内容", 2000);
        ClueReceivedOn = clueReceivedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid ProcedureInstanceId { get; private set; }

    /// <summary>The procedure state, mirrored here so lists filter and sort without joining the engine.</summary>
    public string State { get; private set; } = OrdinaryProcedure.Clue;

    /// <summary>案号, issued at 立案.</summary>
    public string? CaseNumber { get; private set; }

    public string Title { get; private set; } = "";

    public Guid? MatterId { get; private set; }

    public EnforcementDomain Domain { get; private set; }

    public PartyKind PartyKind { get; private set; }

    public string PartyName { get; private set; } = "";

    /// <summary>身份证号或统一社会信用代码; never published unmasked.</summary>
    public string? PartyIdNumber { get; private set; }

    public ClueSource Source { get; private set; }

    public string ClueSummary { get; private set; } = "";

    public DateOnly ClueReceivedOn { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    public List<CaseOfficer> Officers { get; private set; } = [];

    public DateOnly? ReportedOn { get; private set; }

    public string? Facts { get; private set; }

    public CaseOutcome? ProposedOutcome { get; private set; }

    public PenaltyMeasures ProposedMeasures { get; private set; }

    public long? ProposedFineFen { get; private set; }

    public long? ConfiscationFen { get; private set; }

    public Guid? DiscretionStandardId { get; private set; }

    /// <summary>超出裁量基准的书面理由 (the case then must go to collective discussion).</summary>
    public string? DiscretionJustification { get; private set; }

    /// <summary>涉及重大公共利益 (第五十八条第一款第一项).</summary>
    public bool MajorPublicInterest { get; private set; }

    /// <summary>案件情况疑难复杂、涉及多个法律关系 (第五十八条第一款第三项).</summary>
    public bool Complex { get; private set; }

    /// <summary>情节复杂或者重大违法行为 (第五十七条第二款).</summary>
    public bool SeriousViolation { get; private set; }

    public DateOnly? LegalReviewedOn { get; private set; }

    public bool? LegalReviewPassed { get; private set; }

    public Guid? LegalReviewerId { get; private set; }

    public string? LegalReviewOpinion { get; private set; }

    public DateOnly? NoticeServedOn { get; private set; }

    public bool HearingRightGranted { get; private set; }

    /// <summary>The fine stated in the notice: the decision may not exceed it (第四十五条第二款).</summary>
    public long? NoticedFineFen { get; private set; }

    public DateOnly? DefenceRecordedOn { get; private set; }

    public string? DefenceSummary { get; private set; }

    public DateOnly? RightsWaivedOn { get; private set; }

    public DateOnly? HearingRequestedOn { get; private set; }

    public DateOnly? HearingNoticeOn { get; private set; }

    public DateOnly? HearingDate { get; private set; }

    public Guid? HearingPresiderId { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public bool HearingWaived { get; private set; }

    public DateOnly? DiscussedOn { get; private set; }

    public string? DiscussionConclusion { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public long FineFen { get; private set; }

    /// <summary>决定书文号.</summary>
    public string? DecisionNumber { get; private set; }

    public DateOnly? ServedOn { get; private set; }

    /// <summary>缴纳期限届满日 (15 days after receipt, 第六十七条), copied from the payment clock at service.</summary>
    public DateOnly? PaymentDueOn { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public long PaidFen { get; private set; }

    public long LateFeeFen { get; private set; }

    public List<CaseRemedy> Remedies { get; private set; } = [];

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>非法行医 (illegal medical practice): set at registration for 医疗卫生 cases; feeds enforcement.illegal_medical_practice_fines.</summary>
    public bool IllegalMedicalPractice { get; private set; }

    /// <summary>简易程序 (当场处罚, 第五十一条、第五十二条).</summary>
    public bool Simplified { get; private set; }

    /// <summary>简易程序: the legal basis stated on the on-the-spot decision form.</summary>
    public string? SimpleLegalBasis { get; private set; }

    /// <summary>简易程序: the officers showed their 执法证件 to the party (第五十二条).</summary>
    public bool CertificateShown { get; private set; }

    /// <summary>简易程序: 报所属行政机关备案 (第五十二条).</summary>
    public DateOnly? SimpleFiledOn { get; private set; }

    public NoPenaltyGround? NoPenaltyGround { get; private set; }

    /// <summary>The 减免责清单 item a no-penalty or lighter decision cites (checked against the version in force on the decision date).</summary>
    public Guid? LenientListItemId { get; private set; }

    /// <summary>对当事人进行教育 (第三十三条第三款): mandatory whenever no penalty is imposed under 第三十三条.</summary>
    public DateOnly? EducationOn { get; private set; }

    public string? EducationSummary { get; private set; }

    public LighterPenalty? Lighter { get; private set; }

    public string? LighterBasis { get; private set; }

    /// <summary>移送司法机关后的处理结果 (立案、刑事拘留、逮捕、判决等).</summary>
    public string? JudicialOutcome { get; private set; }

    public DateOnly? JudicialOutcomeOn { get; private set; }

    /// <summary>被逮捕的人数 (经检察机关批准或者决定、法院决定逮捕; each person once).</summary>
    public int PersonsArrested { get; private set; }

    /// <summary>被刑事拘留的人数 (公安机关的刑事拘留; a different measure from 逮捕, counted apart).</summary>
    public int PersonsDetained { get; private set; }

    /// <summary>法制审核 is required: the statutory cases of 第五十八条 plus the town's catalog.</summary>
    public IReadOnlyList<string> LegalReviewReasons(IEnumerable<LegalReviewCatalogItem> catalog) => LegalReviewRequirement.Reasons(this, catalog);

    /// <summary>Collective discussion is required for 情节复杂或者重大违法行为, and whenever a fine leaves the discretion range.</summary>
    public bool RequiresCollectiveDiscussion => SeriousViolation || DiscretionJustification is not null;

    /// <summary>The hearing right of 第六十三条 applies to what is proposed.</summary>
    public bool HearingEligible =>
        (ProposedMeasures & (PenaltyMeasures.Licence | PenaltyMeasures.Business)) != 0
        || ProposedFineFen >= (PartyKind == PartyKind.Individual ? HearingThresholds.IndividualFineFen : HearingThresholds.OrganisationFineFen)
        || ConfiscationFen >= HearingThresholds.ConfiscationFen;

    public IEnumerable<RemedyInterval> RemedyIntervals => Remedies.Select(r => new RemedyInterval(r.From, r.To));

    internal void Moved(string state) => State = state;

    internal void Attach(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void File(DateOnly on, string caseNumber)
    {
        if (on < ClueReceivedOn)
        {
            throw new FieldValidationException("on", "立案日期不能早于线索登记日期");
        }

        FiledOn = on;
        CaseNumber = caseNumber;
    }

    public void Close(DateOnly on) => ClosedOn = on;

    public void MarkIllegalMedicalPractice()
    {
        if (Domain != EnforcementDomain.Medical)
        {
            throw new FieldValidationException("illegalMedicalPractice", "非法行医案件的执法领域应为医疗卫生");
        }

        IllegalMedicalPractice = true;
    }

    /// <summary>
    /// 当场作出行政处罚决定 (简易程序): facts, the legal basis, the penalty (警告 and/or a fine) and the number of the
    /// pre-printed decision form; the decision is handed to the party on the spot. The limits are the procedure's gates.
    /// </summary>
    public void DecideSimple(DateOnly on, string facts, string legalBasis, PenaltyMeasures measures, long? fineFen, bool certificateShown, string formNumber)
    {
        Facts = EnforcementAgency.Required(facts, "facts", "请填写违法事实（简易程序要求违法事实确凿）", 4000);
        SimpleLegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写处罚依据", 1000);
        if (measures == PenaltyMeasures.None)
        {
            throw new FieldValidationException("measures", "请选择处罚种类（警告或罚款）");
        }

        if (measures.HasFlag(PenaltyMeasures.Fine) && fineFen is not > 0)
        {
            throw new FieldValidationException("fineYuan", "请填写罚款金额（元）");
        }

        Simplified = true;
        ProposedOutcome = CaseOutcome.Penalty;
        ProposedMeasures = measures;
        ProposedFineFen = measures.HasFlag(PenaltyMeasures.Fine) ? fineFen : null;
        FineFen = ProposedFineFen ?? 0;
        CertificateShown = certificateShown;
        Outcome = CaseOutcome.Penalty;
        DecidedOn = on;
        ServedOn = on;
        DecisionNumber = EnforcementAgency.Required(formNumber, "decisionNumber", "请填写预定格式、编有号码的行政处罚决定书编号", 100);
    }

    /// <summary>The 简易程序 limits of 第五十一条: 警告, or a fine up to 200 元 (citizen) / 3,000 元 (organisation).</summary>
    public bool WithinSimpleLimits =>
        (ProposedMeasures & ~(PenaltyMeasures.Warning | PenaltyMeasures.Fine)) == 0
        && (ProposedFineFen ?? 0) <= (PartyKind == PartyKind.Individual ? SimpleLimits.IndividualFineFen : SimpleLimits.OrganisationFineFen);

    public void FileSimple(DateOnly on) => SimpleFiledOn = on;

    /// <summary>Why no penalty is imposed, the list item if any, and the education the party received.</summary>
    public void RecordNoPenalty(NoPenaltyGround? ground, LenientListItem? item, DateOnly? educationOn, string? education)
    {
        NoPenaltyGround = ground ?? throw new FieldValidationException("noPenaltyGround", "请选择不予处罚的理由（第三十三条或减免责清单）");
        if (ground == Fazhi.Modules.Enforcement.Domain.NoPenaltyGround.ListItem && item is null)
        {
            throw new FieldValidationException("lenientListItemId", "请选择适用的减免责清单事项");
        }

        LenientListItemId = item?.Id;
        EducationOn = educationOn;
        EducationSummary = string.IsNullOrWhiteSpace(education) ? null : education.Trim();
    }

    public void RecordLighter(LighterPenalty? lighter, string? basis, LenientListItem? item)
    {
        if (lighter is null)
        {
            Lighter = null;
            LighterBasis = null;
            return;
        }

        Lighter = lighter;
        LighterBasis = EnforcementAgency.Required(basis, "lighterBasis", "从轻或减轻处罚的，请填写依据（第三十二条情形或减免责清单事项）", 1000);
        LenientListItemId = item?.Id;
    }

    public void RecordJudicialOutcome(DateOnly on, string outcome, int personsArrested, int personsDetained = 0)
    {
        if (personsArrested < 0)
        {
            throw new FieldValidationException("personsArrested", "逮捕人数不能为负数");
        }

        if (personsDetained < 0)
        {
            throw new FieldValidationException("personsDetained", "刑事拘留人数不能为负数");
        }

        JudicialOutcome = EnforcementAgency.Required(outcome, "summary", "请填写司法机关的处理结果", 2000);
        JudicialOutcomeOn = on;
        PersonsArrested = personsArrested;
        PersonsDetained = personsDetained;
    }

    /// <summary>Adds the officers not yet on the case and returns the new rows (for the caller to add to its unit of work).</summary>
    public IReadOnlyList<CaseOfficer> AssignOfficers(IReadOnlyList<Officer> officers, DateOnly on)
    {
        var added = officers.Where(o => Officers.All(c => c.OfficerId != o.Id)).Select(o => new CaseOfficer(this, o, on)).ToList();
        Officers.AddRange(added);
        return added;
    }

    public void Report(DateOnly on, string facts, CaseOutcome outcome, PenaltyMeasures measures, long? fineFen, long? confiscationFen,
        DiscretionStandard? standard, string? justification, bool majorPublicInterest, bool complex, bool seriousViolation)
    {
        Facts = EnforcementAgency.Required(facts, "facts", "请填写调查认定的事实", 4000);
        ProposedOutcome = Enum.IsDefined(outcome) ? outcome : throw new FieldValidationException("outcome", "请选择处理意见");
        if (outcome == CaseOutcome.Penalty && measures == PenaltyMeasures.None)
        {
            throw new FieldValidationException("measures", "拟给予行政处罚的，请选择处罚种类");
        }

        var fines = outcome == CaseOutcome.Penalty && measures.HasFlag(PenaltyMeasures.Fine);
        if (fines && fineFen is not > 0)
        {
            throw new FieldValidationException("fine", "拟罚款的，请填写罚款金额（元）");
        }

        ProposedMeasures = outcome == CaseOutcome.Penalty ? measures : PenaltyMeasures.None;
        ProposedFineFen = fines ? fineFen : null;
        ConfiscationFen = outcome == CaseOutcome.Penalty && measures.HasFlag(PenaltyMeasures.Confiscation) ? confiscationFen : null;
        DiscretionJustification = CheckDiscretion(ProposedFineFen, standard, justification);
        DiscretionStandardId = standard?.Id;
        MajorPublicInterest = majorPublicInterest;
        Complex = complex;
        SeriousViolation = seriousViolation;
        ReportedOn = on;

        // A new report replaces an earlier review: the reviewer must see what is now proposed.
        LegalReviewedOn = null;
        LegalReviewPassed = null;
        LegalReviewerId = null;
        LegalReviewOpinion = null;
    }

    /// <summary>
    /// A fine outside the 裁量基准 range is refused unless a written justification is given; the justification then
    /// sends the case to collective discussion (<see cref="RequiresCollectiveDiscussion"/>).
    /// </summary>
    private static string? CheckDiscretion(long? fineFen, DiscretionStandard? standard, string? justification)
    {
        if (fineFen is not { } fine)
        {
            return null;
        }

        if (standard is null)
        {
            throw new FieldValidationException("discretionStandardId", "拟罚款的，请选择适用的裁量基准");
        }

        if (standard.Contains(fine))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new DomainRuleException(
                $"拟罚款{LateFeeCalculator.Yuan(fine)}元超出裁量基准“{standard.Violation}·{standard.Circumstance}”的幅度（{LateFeeCalculator.Yuan(standard.MinFineFen)}至{LateFeeCalculator.Yuan(standard.MaxFineFen)}元），须书面说明理由并提交集体讨论",
                Articles.Discretion);
        }

        return justification.Trim();
    }

    public void ReturnForInvestigation() => ReportedOn = null;

    public void RecordLegalReview(Officer reviewer, DateOnly on, bool passed, string opinion)
    {
        LegalReviewerId = reviewer.Id;
        LegalReviewedOn = on;
        LegalReviewPassed = passed;
        LegalReviewOpinion = EnforcementAgency.Required(opinion, "opinion", "请填写审核意见", 4000);
    }

    public void ServeNotice(DateOnly on, bool hearingRight)
    {
        NoticeServedOn = on;
        HearingRightGranted = hearingRight;
        NoticedFineFen = ProposedFineFen;
    }

    public void RecordDefence(DateOnly on, string summary)
    {
        DefenceRecordedOn = on;
        DefenceSummary = EnforcementAgency.Required(summary, "summary", "请填写陈述申辩内容及复核意见", 4000);
    }

    public void WaiveRights(DateOnly on) => RightsWaivedOn = on;

    public void RequestHearing(DateOnly on) => HearingRequestedOn = on;

    public void ScheduleHearing(DateOnly noticeOn, DateOnly hearingDate, Guid presiderId)
    {
        if (noticeOn < (HearingRequestedOn ?? noticeOn))
        {
            throw new FieldValidationException("noticeOn", "听证通知日期不能早于听证申请日期");
        }

        HearingNoticeOn = noticeOn;
        HearingDate = hearingDate;
        HearingPresiderId = presiderId;
    }

    public void HoldHearing(DateOnly on)
    {
        if (on < HearingDate)
        {
            throw new FieldValidationException("on", "听证举行日期不能早于通知的听证日期");
        }

        HearingHeldOn = on;
    }

    public void DeemHearingWaived() => HearingWaived = true;

    public void RecordDiscussion(DateOnly on, string conclusion)
    {
        DiscussedOn = on;
        DiscussionConclusion = EnforcementAgency.Required(conclusion, "conclusion", "请填写集体讨论结论", 4000);
    }

    public void Decide(DateOnly on, CaseOutcome outcome, long fineFen, DiscretionStandard? standard, string decisionNumber)
    {
        Outcome = outcome;
        if (outcome == CaseOutcome.Penalty && ProposedMeasures.HasFlag(PenaltyMeasures.Fine))
        {
            if (fineFen <= 0)
            {
                throw new FieldValidationException("fine", "请填写罚款金额（元）");
            }

            // A decided fine outside the range needs the same justification as a proposed one.
            if (standard is not null && !standard.Contains(fineFen) && DiscretionJustification is null)
            {
                CheckDiscretion(fineFen, standard, null);
            }

            FineFen = fineFen;
        }
        else
        {
            FineFen = 0;
        }

        DecidedOn = on;
        DecisionNumber = decisionNumber;
    }

    public void AssignDecisionNumber(string number) => DecisionNumber = number;

    public void Serve(DateOnly on, DateOnly? paymentDue)
    {
        ServedOn = on;
        PaymentDueOn = paymentDue;
    }

    public void Publish(DateOnly on) => PublishedOn = on;

    public LateFeeResult LateFee(DateOnly asOf, PaymentArrangement? arrangement = null) =>
        arrangement is { Approved: true }
            ? LateFeeCalculator.ComputeInstalments(FineFen, arrangement.Instalments.Select(i => new InstalmentDue(i.Sequence, i.DueOn, i.AmountFen, i.PaidOn)).ToList(),
                asOf, RemedyIntervals.ToList())
            : PaymentDueOn is { } due
                ? LateFeeCalculator.Compute(FineFen, due, asOf, RemedyIntervals.ToList())
                : new LateFeeResult(0, 0, 0, false, []);

    /// <summary>
    /// Pays the next instalment of an approved schedule with its own 加处罚款 (never taking the total above the fine);
    /// returns true when it was the last one (the fine is then paid).
    /// </summary>
    public bool PayInstalment(PaymentArrangement arrangement, DateOnly on, long paidFen)
    {
        var next = arrangement.NextUnpaid ?? throw new DomainRuleException("各期罚款均已缴纳");
        var remedies = RemedyIntervals.ToList();
        var earlier = arrangement.Instalments.Where(i => i.PaidOn is not null).Sum(i => i.LateFeeFen);
        var fee = Math.Min(LateFeeCalculator.Compute(next.AmountFen, next.DueOn, on, remedies).AmountFen, FineFen - earlier);
        if (paidFen < next.AmountFen + fee)
        {
            throw new FieldValidationException("paidYuan", $"第{next.Sequence}期应缴{LateFeeCalculator.Yuan(next.AmountFen)}元及加处罚款{LateFeeCalculator.Yuan(fee)}元，实缴金额不足");
        }

        next.Pay(on, paidFen, fee);
        PaidFen += paidFen;
        LateFeeFen += fee;
        if (arrangement.NextUnpaid is not null)
        {
            return false;
        }

        PaidOn = on;
        return true;
    }

    /// <summary>The payment due date moves to the last approved due date (the clock is extended to match).</summary>
    public void DeferPayment(DateOnly lastDue) => PaymentDueOn = lastDue;

    public void RecordPayment(DateOnly on, long paidFen)
    {
        var lateFee = LateFee(on).AmountFen;
        if (paidFen < FineFen + lateFee)
        {
            throw new FieldValidationException("paid", $"应缴罚款{LateFeeCalculator.Yuan(FineFen)}元及加处罚款{LateFeeCalculator.Yuan(lateFee)}元，实缴金额不足");
        }

        PaidOn = on;
        PaidFen = paidFen;
        LateFeeFen = lateFee;
    }

    public CaseRemedy StartRemedy(RemedyKind kind, DateOnly from)
    {
        if (Remedies.Any(r => r.To is null))
        {
            throw new DomainRuleException("已有正在进行的行政复议或行政诉讼，请先登记其结束");
        }

        if (DecidedOn is null || from < DecidedOn)
        {
            throw new FieldValidationException("from", "复议或诉讼只能针对已作出的决定，且开始日期不能早于决定日期");
        }

        var remedy = new CaseRemedy(this, kind, from);
        Remedies.Add(remedy);
        return remedy;
    }

    public void EndRemedy(DateOnly to)
    {
        var open = Remedies.FirstOrDefault(r => r.To is null) ?? throw new DomainRuleException("没有正在进行的行政复议或行政诉讼");
        open.End(to);
    }
}

/// <summary>简易程序的罚款上限 (行政处罚法第五十一条).</summary>
public static class SimpleLimits
{
    public const long IndividualFineFen = 200_00;
    public const long OrganisationFineFen = 3_000_00;
}

/// <summary>承办执法人员 (an officer assigned to the case), with the certificate number at assignment.</summary>
public sealed class CaseOfficer : IRegionScoped
{
    private CaseOfficer()
    {
    }

    internal CaseOfficer(EnforcementCase @case, Officer officer, DateOnly on)
    {
        CaseId = @case.Id;
        RegionCode = @case.RegionCode;
        OfficerId = officer.Id;
        Name = officer.Name;
        CertificateNumber = officer.CertificateNumber;
        AssignedOn = on;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public Guid OfficerId { get; private set; }

    public string Name { get; private set; } = "";

    public string CertificateNumber { get; private set; } = "";

    public DateOnly AssignedOn { get; private set; }
}

/// <summary>行政复议或行政诉讼期间 against the decision: 加处罚款 does not accrue while it runs (第七十三条第三款).</summary>
public sealed class CaseRemedy : IRegionScoped
{
    private CaseRemedy()
    {
    }

    internal CaseRemedy(EnforcementCase @case, RemedyKind kind, DateOnly from)
    {
        CaseId = @case.Id;
        RegionCode = @case.RegionCode;
        Kind = Enum.IsDefined(kind) ? kind : throw new FieldValidationException("kind", "请选择复议或诉讼");
        From = from;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public RemedyKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    internal void End(DateOnly to)
    {
        if (to < From)
        {
            throw new FieldValidationException("to", "结束日期不能早于开始日期");
        }

        To = to;
    }
}

/// <summary>调查取证记录 (evidence record): what was collected, when, by which officers; files are kernel attachments.</summary>
public sealed class CaseEvidence : IRegionScoped
{
    private CaseEvidence()
    {
    }

    public CaseEvidence(EnforcementCase @case, string kind, string description, DateOnly on, string officerNames)
    {
        CaseId = @case.Id;
        RegionCode = @case.RegionCode;
        Kind = EnforcementAgency.Required(kind, "kind", "请填写证据种类（询问笔录、现场检查笔录、照片、视听资料等）", 50);
        Description = EnforcementAgency.Required(description, "description", "请填写证据内容", 2000);
        On = on;
        OfficerNames = officerNames;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateOnly On { get; private set; }

    public string OfficerNames { get; private set; } = "";
}

/// <summary>Which rules of 第五十八条 and the town's 法制审核目录 put a case under mandatory legal review.</summary>
public static class LegalReviewRequirement
{
    public static IReadOnlyList<string> Reasons(EnforcementCase c, IEnumerable<LegalReviewCatalogItem> catalog)
    {
        var reasons = new List<string>();
        if (c.ProposedOutcome is null or CaseOutcome.Transfer)
        {
            return reasons;
        }

        if (c.MajorPublicInterest)
        {
            reasons.Add("涉及重大公共利益（第五十八条第一款第一项）");
        }

        if (c.HearingHeldOn is not null)
        {
            reasons.Add("直接关系当事人或者第三人重大权益，经过听证程序（第五十八条第一款第二项）");
        }

        if (c.Complex)
        {
            reasons.Add("案件情况疑难复杂、涉及多个法律关系（第五十八条第一款第三项）");
        }

        foreach (var item in catalog.Where(i => i.Active))
        {
            var matches = item.Criterion switch
            {
                LegalReviewCriterion.FineAtLeast => c.ProposedFineFen >= item.ThresholdFen,
                LegalReviewCriterion.ConfiscationAtLeast => c.ConfiscationFen >= item.ThresholdFen,
                LegalReviewCriterion.LicenceMeasure => c.ProposedMeasures.HasFlag(PenaltyMeasures.Licence),
                LegalReviewCriterion.BusinessMeasure => c.ProposedMeasures.HasFlag(PenaltyMeasures.Business),
                LegalReviewCriterion.Domain => c.Domain == item.Domain,
            };
            if (matches)
            {
                reasons.Add($"法制审核目录：{item.Description}");
            }
        }

        return reasons;
    }
}
