using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.Modules.AnnualReports.Domain;

/// <summary>模板章节: one heading of the template with its default narrative (placeholders, never figures).</summary>
public sealed record TemplateSection(string Key, int Level, string Heading, string Text, bool Required, string? Guidance = null);

/// <summary>
/// 报告模板 (report template), versioned: a report copies the sections of the version it was created under, so a later
/// template never changes a report already being written. Level 0 is the opening paragraph (no heading), 1 is "一、",
/// 2 "（一）", 3 "1." (GB/T 9704-2012 §7.3.3 sequence, law.md §18.2).
/// </summary>
public sealed record ReportTemplate(string Key, int Version, string Name, string Title, IReadOnlyList<TemplateSection> Sections)
{
    public const string IntroKey = "intro";

    public const string DefaultKey = "default";

    /// <summary>
    /// Version 1 (kept unchanged for the reports created under it): law.md §1's five required contents in the structure of
    /// the 常平镇 2022 report (work done by area with figures, shortcomings, next year's plan), addressed to the superior.
    /// </summary>
    public static readonly ReportTemplate V1 = new(DefaultKey, 1, "镇（街道）法治政府建设年度报告（默认模板）",
        "中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告",
        [
            new(IntroKey, 0, "", "{{year}}年，{{region}}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，持续深化法治政府建设，为推动经济社会发展提供有力法治保障。现将我镇{{year}}年法治政府建设工作情况报告如下：", true),
            new("work", 1, "{{year}}年推进法治政府建设的主要举措和成效", "", false),
            new("leadership", 2, "党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人积极履行推进法治建设第一责任人职责，将推进法治建设第一责任人职责纳入年终述职内容。", true,
                "厅字〔2019〕28号要求报告党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。"),
            new("functions", 2, "加快转变政府职能，优化法治化营商环境", DefaultSentences.FairCompetition, true),
            new("decisions", 2, "坚持科学民主依法决策，严格合法性审查", "", false),
            new("legality", 3, "严格合法性审查", DefaultSentences.LegalityReview, true),
            new("normative", 3, "完善规范性文件制定与管理", DefaultSentences.NormativeDocuments, true),
            new("other_work", 2, "其他工作情况", "", false),
            new("shortcomings", 1, "存在的不足和原因", "", true,
                "写明上一年度推进法治政府建设存在的不足和原因。"),
            new("plan", 1, "{{next_year}}年推进法治政府建设的主要安排", "", true,
                "写明下一年度推进法治政府建设的主要安排。"),
            new("other", 1, "其他需要报告的情况", "", false),
        ]);

    /// <summary>
    /// Version 2: version 1 plus the seed's sentences for the figures of 重大行政决策 (catalogue, public comments) and
    /// 综合行政执法 (training, 三项制度, key areas), in the seed's order (decisions before enforcement).
    /// </summary>
    public static readonly ReportTemplate V2 = new(DefaultKey, 2, "镇（街道）法治政府建设年度报告（默认模板）",
        "中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告",
        [
            new(IntroKey, 0, "", "{{year}}年，{{region}}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，持续深化法治政府建设，为推动经济社会发展提供有力法治保障。现将我镇{{year}}年法治政府建设工作情况报告如下：", true),
            new("work", 1, "{{year}}年推进法治政府建设的主要举措和成效", "", false),
            new("leadership", 2, "党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人积极履行推进法治建设第一责任人职责，将推进法治建设第一责任人职责纳入年终述职内容。", true,
                "厅字〔2019〕28号要求报告党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。"),
            new("functions", 2, "加快转变政府职能，优化法治化营商环境", DefaultSentences.FairCompetition, true),
            new("decisions", 2, "坚持科学民主依法决策，严格合法性审查", "", false),
            new("major_decisions", 3, "扎实推进决策规范化建设", DefaultSentences.MajorDecisions + "\n" + DefaultSentences.PublicComments, true,
                "写明重大行政决策事项目录的制定、公开和纳入目录的事项（如“将××村城市更新项目纳入”），以及公众参与情况。"),
            new("legality", 3, "严格合法性审查", DefaultSentences.LegalityReview, true),
            new("normative", 3, "完善规范性文件制定与管理", DefaultSentences.NormativeDocuments, true),
            new("enforcement", 2, "完善行政执法机制，推进严格规范公正文明执法", "", false),
            new("enforcement_system", 3, "深化综合行政执法体制改革", DefaultSentences.EnforcementSystem, true),
            new("enforcement_key_areas", 3, "加强重点领域监管执法", DefaultSentences.EnforcementKeyAreas, true),
            new("other_work", 2, "其他工作情况", "", false),
            new("shortcomings", 1, "存在的不足和原因", "", true,
                "写明上一年度推进法治政府建设存在的不足和原因。"),
            new("plan", 1, "{{next_year}}年推进法治政府建设的主要安排", "", true,
                "写明下一年度推进法治政府建设的主要安排。"),
            new("other", 1, "其他需要报告的情况", "", false),
        ]);

    /// <summary>
    /// Version 3: version 2 plus the seed's sentences for the figures of the modules landed since — leaders' law study (in
    /// the 第一责任人 section), the departments' market and trademark figures (with fair competition, as the seed's （三）3),
    /// 行政诉讼/行政复议 (with legality review, as the seed's （四）2), and a section on disputes, mediation, petitions and
    /// emergencies (the seed's （六）).
    /// </summary>
    public static readonly ReportTemplate V3 = new(DefaultKey, 3, "镇（街道）法治政府建设年度报告（默认模板）",
        "中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告",
        [
            new(IntroKey, 0, "", "{{year}}年，{{region}}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，持续深化法治政府建设，为推动经济社会发展提供有力法治保障。现将我镇{{year}}年法治政府建设工作情况报告如下：", true),
            new("work", 1, "{{year}}年推进法治政府建设的主要举措和成效", "", false),
            new("leadership", 2, "党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人积极履行推进法治建设第一责任人职责，将推进法治建设第一责任人职责纳入年终述职内容。\n" + DefaultSentences.LawStudy, true,
                "厅字〔2019〕28号要求报告党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。"),
            new("functions", 2, "加快转变政府职能，优化法治化营商环境", DefaultSentences.Market + "\n" + DefaultSentences.FairCompetition, true),
            new("decisions", 2, "坚持科学民主依法决策，严格合法性审查", "", false),
            new("major_decisions", 3, "扎实推进决策规范化建设", DefaultSentences.MajorDecisions + "\n" + DefaultSentences.PublicComments, true,
                "写明重大行政决策事项目录的制定、公开和纳入目录的事项（如“将××村城市更新项目纳入”），以及公众参与情况。"),
            new("legality", 3, "严格合法性审查", DefaultSentences.LegalityReview + "\n" + DefaultSentences.Litigation, true),
            new("normative", 3, "完善规范性文件制定与管理", DefaultSentences.NormativeDocuments, true),
            new("enforcement", 2, "完善行政执法机制，推进严格规范公正文明执法", "", false),
            new("enforcement_system", 3, "深化综合行政执法体制改革", DefaultSentences.EnforcementSystem, true),
            new("enforcement_key_areas", 3, "加强重点领域监管执法", DefaultSentences.EnforcementKeyAreas, true),
            new("society", 2, "推进矛盾纠纷预防调处化解，促进社会公平正义", "", false),
            new("disputes", 3, "依法预防化解社会矛盾", DefaultSentences.Disputes, true),
            new("petitions", 3, "化解信访突出问题", DefaultSentences.Petitions, true),
            new("emergency", 3, "完善突发事件应对制度", DefaultSentences.Emergency, true),
            new("other_work", 2, "其他工作情况", "", false),
            new("shortcomings", 1, "存在的不足和原因", "", true,
                "写明上一年度推进法治政府建设存在的不足和原因。"),
            new("plan", 1, "{{next_year}}年推进法治政府建设的主要安排", "", true,
                "写明下一年度推进法治政府建设的主要安排。"),
            new("other", 1, "其他需要报告的情况", "", false),
        ]);

    /// <summary>The template new reports are created from.</summary>
    public static ReportTemplate Default => V3;

    public static IReadOnlyList<ReportTemplate> All { get; } = [V1, V2, V3];

    public static ReportTemplate Find(string key, int version) =>
        All.FirstOrDefault(t => t.Key == key && t.Version == version)
        ?? throw new InvalidOperationException($"报告模板 {key} v{version} 未登记（仍有报告使用该版本时不得移除）");

    public static ReportTemplate Latest(string key) => All.Where(t => t.Key == key).MaxBy(t => t.Version)
        ?? throw new InvalidOperationException($"报告模板 {key} 未登记");
}
