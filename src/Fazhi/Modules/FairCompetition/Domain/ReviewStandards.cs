namespace Fazhi.Modules.FairCompetition.Domain;

/// <summary>
/// 审查标准体系 (a set of review standards in force from a date): the 2021 《公平竞争审查制度实施细则》 for measures
/// dated before 2024-08-01, 《公平竞争审查条例》 from then on (law.md §0.2). Reference data, shared by every region.
/// </summary>
public sealed class ReviewStandardSet
{
    private ReviewStandardSet()
    {
    }

    public ReviewStandardSet(string key, string name, DateOnly effectiveFrom, bool verified, string note)
    {
        Key = key;
        Name = name;
        EffectiveFrom = effectiveFrom;
        Verified = verified;
        Note = note;
    }

    /// <summary>Stable key, e.g. <c>regulation2024</c>.</summary>
    public string Key { get; private set; } = "";

    /// <summary>法律依据名称, e.g. 《公平竞争审查条例》.</summary>
    public string Name { get; private set; } = "";

    /// <summary>施行日期: a measure dated on or after this day (and before the next set) is reviewed against this set.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Whether the item wording and article numbers were checked against the primary text (law.md [P]).</summary>
    public bool Verified { get; private set; }

    public string Note { get; private set; } = "";
}

/// <summary>审查标准条目 (one checklist item of a standard set, with the article it comes from).</summary>
public sealed class ReviewStandard
{
    private ReviewStandard()
    {
    }

    public ReviewStandard(string code, string setKey, int sortOrder, string category, string article, string text)
    {
        Code = code;
        SetKey = setKey;
        SortOrder = sortOrder;
        Category = category;
        Article = article;
        Text = text;
    }

    /// <summary>Stable key, e.g. <c>regulation2024.8.1</c>.</summary>
    public string Code { get; private set; } = "";

    public string SetKey { get; private set; } = "";

    public int SortOrder { get; private set; }

    /// <summary>审查类别: 市场准入和退出 / 商品要素自由流动 / 影响生产经营成本 / 影响生产经营行为.</summary>
    public string Category { get; private set; } = "";

    /// <summary>条款, e.g. 《公平竞争审查条例》第八条第（一）项.</summary>
    public string Article { get; private set; } = "";

    public string Text { get; private set; } = "";
}

/// <summary>The seeded standard sets (law.md §5) and the rule choosing a set by the measure's date.</summary>
public static class ReviewStandardCatalog
{
    public const string Rules2021 = "rules2021";
    public const string Regulation2024 = "regulation2024";

    public const string Entry = "市场准入和退出";
    public const string Flow = "商品要素自由流动";
    public const string Cost = "影响生产经营成本";
    public const string Conduct = "影响生产经营行为";

    public static readonly IReadOnlyList<ReviewStandardSet> Sets =
    [
        new(Rules2021, "《公平竞争审查制度实施细则》（2021年）", new DateOnly(2021, 6, 29), verified: false,
            "国发〔2016〕34号确立的18项审查标准，按2021年细则第三章分四类；条文序号与文字据二手资料整理，使用前请核对原文（law.md §5、§21 第10项）。"),
        new(Regulation2024, "《公平竞争审查条例》", new DateOnly(2024, 8, 1), verified: true,
            "条例第八条至第十一条，2024年8月1日起施行（第二十七条）。2025年4月20日起施行的《公平竞争审查条例实施办法》细化了这些标准，其条目未单列。"),
    ];

    public static readonly IReadOnlyList<ReviewStandard> Items = Build();

    /// <summary>
    /// The set in force on <paramref name="measureDate"/>: the latest set whose effective date is not after it, or null
    /// when the date precedes every seeded set (the 2017 细则 is not held, so such a measure cannot be reviewed here).
    /// </summary>
    public static ReviewStandardSet? SetFor(DateOnly measureDate, IEnumerable<ReviewStandardSet> sets) =>
        sets.Where(s => s.EffectiveFrom <= measureDate).MaxBy(s => s.EffectiveFrom);

    private static List<ReviewStandard> Build()
    {
        const string r = "《公平竞争审查制度实施细则》";
        const string c = "《公平竞争审查条例》";
        var rows = new List<(string Set, string Category, string Article, string Text)>
        {
            (Rules2021, Entry, $"{r}第十三条第（一）项", "不得设置不合理和歧视性的准入和退出条件"),
            (Rules2021, Entry, $"{r}第十三条第（二）项", "未经公平竞争不得授予经营者特许经营权"),
            (Rules2021, Entry, $"{r}第十三条第（三）项", "不得限定经营、购买、使用特定经营者提供的商品和服务"),
            (Rules2021, Entry, $"{r}第十三条第（四）项", "不得设置没有法律、行政法规或者国务院规定依据的审批或者具有行政审批性质的事前备案程序"),
            (Rules2021, Entry, $"{r}第十三条第（五）项", "不得对市场准入负面清单以外的行业、领域、业务等设置审批程序"),
            (Rules2021, Flow, $"{r}第十四条第（一）项", "不得对外地和进口商品、服务实行歧视性价格和歧视性补贴政策"),
            (Rules2021, Flow, $"{r}第十四条第（二）项", "不得限制外地和进口商品、服务进入本地市场或者阻碍本地商品运出、服务输出"),
            (Rules2021, Flow, $"{r}第十四条第（三）项", "不得排斥或者限制外地经营者参加本地招标投标活动"),
            (Rules2021, Flow, $"{r}第十四条第（四）项", "不得排斥、限制或者强制外地经营者在本地投资或者设立分支机构"),
            (Rules2021, Flow, $"{r}第十四条第（五）项", "不得对外地经营者在本地的投资或者设立的分支机构实行歧视性待遇，侵害其合法权益"),
            (Rules2021, Cost, $"{r}第十五条第（一）项", "不得违法给予特定经营者优惠政策"),
            (Rules2021, Cost, $"{r}第十五条第（二）项", "安排财政支出一般不得与特定经营者缴纳的税收或者非税收入挂钩"),
            (Rules2021, Cost, $"{r}第十五条第（三）项", "不得违法违规减免或者缓征特定经营者应当缴纳的社会保险费用"),
            (Rules2021, Cost, $"{r}第十五条第（四）项", "不得在法律规定之外要求经营者提供或者扣留经营者各类保证金"),
            (Rules2021, Conduct, $"{r}第十六条第（一）项", "不得强制经营者从事《中华人民共和国反垄断法》规定的垄断行为"),
            (Rules2021, Conduct, $"{r}第十六条第（二）项", "不得违法披露或者违法要求经营者披露生产经营敏感信息，为经营者实施垄断行为提供便利条件"),
            (Rules2021, Conduct, $"{r}第十六条第（三）项", "不得超越定价权限进行政府定价"),
            (Rules2021, Conduct, $"{r}第十六条第（四）项", "不得违法干预实行市场调节价的商品和服务的价格水平"),

            (Regulation2024, Entry, $"{c}第八条第（一）项", "不得对市场准入负面清单以外的行业、领域、业务等违法设置审批程序"),
            (Regulation2024, Entry, $"{c}第八条第（二）项", "不得违法设置或者授予特许经营权"),
            (Regulation2024, Entry, $"{c}第八条第（三）项", "不得限定经营、购买或者使用特定经营者提供的商品或者服务"),
            (Regulation2024, Entry, $"{c}第八条第（四）项", "不得设置不合理或者歧视性的准入、退出条件"),
            (Regulation2024, Entry, $"{c}第八条第（五）项", "不得含有其他限制或者变相限制市场准入和退出的内容"),
            (Regulation2024, Flow, $"{c}第九条第（一）项", "不得限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出，商品、要素输出"),
            (Regulation2024, Flow, $"{c}第九条第（二）项", "不得排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构"),
            (Regulation2024, Flow, $"{c}第九条第（三）项", "不得排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标"),
            (Regulation2024, Flow, $"{c}第九条第（四）项", "不得对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴"),
            (Regulation2024, Flow, $"{c}第九条第（五）项", "不得在资质标准、监管执法等方面对外地经营者在本地投资经营设置歧视性要求"),
            (Regulation2024, Flow, $"{c}第九条第（六）项", "不得含有其他限制商品、要素自由流动的内容"),
            (Regulation2024, Cost, $"{c}第十条第（一）项", "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠"),
            (Regulation2024, Cost, $"{c}第十条第（二）项", "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者选择性、差异化的财政奖励或者补贴"),
            (Regulation2024, Cost, $"{c}第十条第（三）项", "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者要素获取、行政事业性收费、政府性基金、社会保险费等方面的优惠"),
            (Regulation2024, Cost, $"{c}第十条第（四）项", "没有法律、行政法规依据或者未经国务院批准，不得含有其他影响生产经营成本的内容"),
            (Regulation2024, Conduct, $"{c}第十一条第（一）项", "不得强制或者变相强制经营者实施垄断行为，或者为经营者实施垄断行为提供便利条件"),
            (Regulation2024, Conduct, $"{c}第十一条第（二）项", "不得超越法定权限制定政府指导价、政府定价，为特定经营者提供优惠价格"),
            (Regulation2024, Conduct, $"{c}第十一条第（三）项", "不得违法干预实行市场调节价的商品、要素的价格水平"),
            (Regulation2024, Conduct, $"{c}第十一条第（四）项", "不得含有其他影响生产经营行为的内容"),
        };

        var items = new List<ReviewStandard>();
        foreach (var group in rows.GroupBy(x => x.Set))
        {
            var n = 0;
            foreach (var row in group)
            {
                n++;
                items.Add(new ReviewStandard($"{row.Set}.{n:00}", row.Set, n, row.Category, row.Article, row.Text));
            }
        }

        return items;
    }
}
