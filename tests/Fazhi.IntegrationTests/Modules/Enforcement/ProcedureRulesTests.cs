using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// Issue #5 procedures over the API: 简易程序 limits, 先行登记保存 and 查封扣押 clocks, the decision period's extension
/// and exclusions, decision types (不予处罚 with education, 移送 with the judicial outcome), 暂缓/分期 and the figures.
/// </summary>
public sealed class ProcedureRulesTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static readonly DateOnly Day = new(2025, 6, 3);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Clock(JsonElement detail, string key) =>
        detail.GetProperty("clocks").EnumerateArray().Single(k => k.GetProperty("key").GetString() == key);

    private static async Task<Guid> ClueWithOfficersAsync(EnforcementApi api, DateOnly on, string partyKind)
    {
        var id = await api.NewCaseAsync(on, partyKind: partyKind);
        await api.AssignAsync(id, on, await api.CertifiedOfficerAsync("简易甲"), await api.CertifiedOfficerAsync("简易乙"));
        return id;
    }

    private static object Simple(DateOnly on, decimal fineYuan, bool shown = true, string measures = "Fine") => new
    {
        on,
        facts = "当事人占道经营，事实确凿",
        legalBasis = "《城市市容和环境卫生管理条例》第三十六条",
        measures,
        fineYuan,
        certificateShown = shown,
        decisionNumber = "简易-" + Guid.NewGuid().ToString("N")[..8],
    };

    [Theory]
    [InlineData("Individual", 200.01)]
    [InlineData("Organisation", 3000.01)]
    public async Task SimpleProcedure_FineAboveTheLimitForTheParty_IsRefused_CitingArticle51(string partyKind, double fine)
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ClueWithOfficersAsync(api, Day, partyKind);

        var detail = await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide_simple", Simple(Day, (decimal)fine)), "第五十一条");

        Assert.Contains("普通程序", detail, StringComparison.Ordinal);
        Assert.Equal("clue", (await api.CaseAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task SimpleProcedure_ConfiscationIsNotASimplePenalty_CitingArticle51()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ClueWithOfficersAsync(api, Day, "Individual");

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide_simple", Simple(Day, 100, measures: "Fine, Confiscation")), "第五十一条");
    }

    [Fact]
    public async Task SimpleProcedure_WithoutShowingTheCertificate_IsRefused_CitingArticle52()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ClueWithOfficersAsync(api, Day, "Individual");

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide_simple", Simple(Day, 200, shown: false)), "第五十二条");
    }

    [Fact]
    public async Task SimpleProcedure_AtTheLimit_IsDecidedOnTheSpot_FiledWithTheAgency_PaidWithin15Days_AndClosed()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ClueWithOfficersAsync(api, Day, "Organisation");

        var decided = await api.OkAsync(id, "decide_simple", Simple(Day, 3000));
        Assert.Equal("simple_decided", decided.GetProperty("state").GetString());
        Assert.Equal(Date(Day), decided.GetProperty("servedOn").GetString());
        Assert.Equal("2025-06-18", decided.GetProperty("paymentDueOn").GetString());
        Assert.Equal("2025-06-18", Clock(decided, "payment").GetProperty("dueDate").GetString());
        Assert.DoesNotContain(decided.GetProperty("clocks").EnumerateArray(), k => k.GetProperty("key").GetString() == "decision");

        await api.OkAsync(id, "file_simple", new { on = Day });
        await api.OkAsync(id, "record_payment", new { on = Day.AddDays(1), paidYuan = 3000 });
        var closed = await api.OkAsync(id, "close", new { on = Day.AddDays(1) });

        Assert.Equal("closed", closed.GetProperty("state").GetString());
        Assert.True(closed.GetProperty("extras").GetProperty("simplified").GetBoolean());
    }

    [Fact]
    public async Task Preservation_HandlingDecisionIsDueOnThe7thWorkingDay_AcrossNationalDay2024()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var on = new DateOnly(2024, 9, 27);
        var id = await api.NewCaseAsync(on);
        await api.OkAsync(id, "file", new { on });
        await api.AssignAsync(id, on, await api.CertifiedOfficerAsync("保存甲"), await api.CertifiedOfficerAsync("保存乙"));

        var response = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/measures",
            new { kind = "Preservation", on, items = new[] { "无证药品 12盒", "处方笺 1本" }, approvedBy = "张镇长" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var measure = (await api.CaseAsync(id)).GetProperty("extras").GetProperty("measures")[0];
        var clock = measure.GetProperty("clocks")[0];

        // 9-29 (调休上班), 9-30, 10-8, 10-9, 10-10, 10-11, 10-12 (调休上班): the 7th working day.
        Assert.Equal("2024-10-12", clock.GetProperty("dueDate").GetString());
        Assert.Contains("第五十六条", clock.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(clock.GetProperty("explanation").EnumerateArray());
        Assert.Equal(2, measure.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Measure_WithFewerThanTwoCertifiedOfficers_IsRefused_CitingArticle42()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("单人"));

        var response = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/measures",
            new { kind = "Seizure", on = Day, items = new[] { "电动车 1辆" }, approvedBy = "张镇长" });

        await EnforcementApi.RefusedAsync(response, "第四十二条");
    }

    [Fact]
    public async Task Seizure_Is30Days_TestingTimeIsExcluded_ExtensionUpTo30WithApproval_NoFurther()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("扣押甲"), await api.CertifiedOfficerAsync("扣押乙"));
        var started = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/measures",
            new { kind = "Seizure", on = Day, items = new[] { "涉案医疗器械 3台" }, approvedBy = "张镇长" });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var measureId = (await api.CaseAsync(id)).GetProperty("extras").GetProperty("measures")[0].GetProperty("id").GetGuid();
        async Task<JsonElement> MeasureAsync() => (await api.CaseAsync(id)).GetProperty("extras").GetProperty("measures")[0];
        Task<HttpResponseMessage> Act(string action, object body) => api.Client.PostAsJsonAsync($"/api/enforcement/measures/{measureId}/actions/{action}", body);

        Assert.Equal("2025-07-03", (await MeasureAsync()).GetProperty("clocks")[0].GetProperty("dueDate").GetString());

        // 检测 from 6-10 to 6-19: ten days not counted; 7-13 is a Sunday, so the period ends on Monday 7-14.
        var excluded = await Act("exclude_testing", new { on = new DateOnly(2025, 6, 20), excludedFrom = new DateOnly(2025, 6, 10), excludedTo = new DateOnly(2025, 6, 19), note = "送检" });
        Assert.True(excluded.IsSuccessStatusCode, await excluded.Content.ReadAsStringAsync());
        Assert.Equal("2025-07-14", (await MeasureAsync()).GetProperty("clocks")[0].GetProperty("dueDate").GetString());

        await EnforcementApi.RefusedAsync(await Act("extend", new { on = new DateOnly(2025, 6, 30), extensionDays = 31, note = "情况复杂" }), "行政强制法》第二十五条");
        var extended = await Act("extend", new { on = new DateOnly(2025, 6, 30), extensionDays = 30, note = "情况复杂，经负责人批准" });
        Assert.True(extended.IsSuccessStatusCode, await extended.Content.ReadAsStringAsync());
        var clock = (await MeasureAsync()).GetProperty("clocks")[0];
        Assert.Equal("2025-08-12", clock.GetProperty("dueDate").GetString());
        var explanation = string.Join("\n", clock.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("延长", explanation, StringComparison.Ordinal);
        Assert.Contains("不计入", explanation, StringComparison.Ordinal);

        var released = await Act("release", new { on = new DateOnly(2025, 7, 10), outcome = "检测合格，解除扣押并退还" });
        Assert.True(released.IsSuccessStatusCode, await released.Content.ReadAsStringAsync());
        Assert.Equal("ended", (await MeasureAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task DecisionPeriod_HearingTimeExcluded_AndExtendedWithApproval_UpTo30Days_CitingArticle60()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var filed = new DateOnly(2024, 9, 20);
        var id = await api.NewCaseAsync(filed);
        await api.OkAsync(id, "file", new { on = filed });
        Assert.Equal("2024-12-19", Clock(await api.CaseAsync(id), "decision").GetProperty("dueDate").GetString());

        // Ten days of 听证 not counted: 12-29 is a Sunday, so the period ends on Monday 12-30.
        var excluded = await api.OkAsync(id, "exclude_decision", new { on = new DateOnly(2024, 10, 18), excludedFrom = new DateOnly(2024, 10, 8), excludedTo = new DateOnly(2024, 10, 17), note = "听证期间" });
        Assert.Equal("2024-12-30", Clock(excluded, "decision").GetProperty("dueDate").GetString());

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "extend_decision", new { on = new DateOnly(2024, 12, 10), extensionDays = 31, note = "案情复杂" }), "第六十条");
        var extended = await api.OkAsync(id, "extend_decision", new { on = new DateOnly(2024, 12, 10), extensionDays = 30, note = "案情复杂，经负责人批准延长" });
        var clock = Clock(extended, "decision");
        Assert.True(DateOnly.Parse(clock.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= new DateOnly(2025, 1, 28));
        var explanation = string.Join("\n", clock.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("延长", explanation, StringComparison.Ordinal);
        Assert.Contains("不计入", explanation, StringComparison.Ordinal);
        Assert.Contains(extended.GetProperty("steps").EnumerateArray(), s => s.GetProperty("note").GetString() == "案情复杂，经负责人批准延长");
    }

    private static async Task<Guid> ReportedNoPenaltyAsync(EnforcementApi api, DateOnly on)
    {
        var id = await api.NewCaseAsync(on);
        await api.OkAsync(id, "file", new { on });
        await api.AssignAsync(id, on, await api.CertifiedOfficerAsync("不罚甲"), await api.CertifiedOfficerAsync("不罚乙"));
        await api.OkAsync(id, "investigate", new { on });
        await api.OkAsync(id, "report", new { on, facts = "初次违法，危害后果轻微并已及时改正", outcome = "NoPenalty" });
        return id;
    }

    [Fact]
    public async Task NoPenaltyDecision_WithoutTheEducationRecord_IsRefused_CitingArticle33Paragraph3()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ReportedNoPenaltyAsync(api, Day);

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "NoPenalty", noPenaltyGround = "FirstViolation" }), "第三十三条第三款");

        var decided = await api.OkAsync(id, "decide", new { on = Day, outcome = "NoPenalty", noPenaltyGround = "FirstViolation", educationOn = Day, education = "当场讲解相关规定，当事人签字确认" });
        Assert.Equal("decided", decided.GetProperty("state").GetString());
        Assert.Equal("2025-06-03", decided.GetProperty("extras").GetProperty("educationOn").GetString());
        var metrics = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Platform.Identity.PlatformPermissions.MetricsRead);
        Assert.Contains(id.ToString(), await metrics.GetStringAsync($"/api/metrics/enforcement.no_penalty_cases/records?region={FazhiFactory.TownA}&year=2025&pageSize=200"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LenientList_OnlyTheVersionInForceOnTheDecisionDateMayBeCited_InForceVersionsAreNotEdited_AndTheCurrentOneIsOnThePortal()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        async Task<JsonElement> ListAsync(DateOnly effectiveOn, string violation)
        {
            var response = await api.Client.PostAsJsonAsync("/api/enforcement/lenient-lists", new
            {
                title = "某镇综合行政执法减免责清单",
                effectiveOn,
                items = new[] { new { violation, circumstance = "首次违法、及时改正、无危害后果", treatment = "NoPenalty", legalBasis = "《中华人民共和国行政处罚法》第三十三条第一款" } },
            });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, text);
            return JsonDocument.Parse(text).RootElement;
        }

        var v1 = await ListAsync(new DateOnly(2025, 1, 1), "旧版事项：店外堆放杂物");
        var v2 = await ListAsync(new DateOnly(2025, 6, 1), "新版事项：未按规定设置门前三包标识");
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        var oldItem = v1.GetProperty("items")[0].GetProperty("id").GetGuid();
        var newItem = v2.GetProperty("items")[0].GetProperty("id").GetGuid();

        var edit = await api.Client.PostAsJsonAsync($"/api/enforcement/lenient-lists/{v1.GetProperty("id").GetGuid()}/items",
            new { violation = "补充事项", circumstance = "轻微", treatment = "NoPenalty", legalBasis = "第三十三条" });
        await EnforcementApi.RefusedAsync(edit, "第五十条");

        var id = await ReportedNoPenaltyAsync(api, Day);
        var education = new { on = Day, outcome = "NoPenalty", noPenaltyGround = "ListItem", educationOn = Day, education = "教育并责令改正" };
        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { education.on, education.outcome, education.noPenaltyGround, education.educationOn, education.education, lenientListItemId = oldItem }), "第五十条");
        var decided = await api.OkAsync(id, "decide", new { education.on, education.outcome, education.noPenaltyGround, education.educationOn, education.education, lenientListItemId = newItem });
        Assert.Contains("第2版第1项", decided.GetProperty("extras").GetProperty("lenientListItem").GetString(), StringComparison.Ordinal);

        var export = await api.Client.GetAsync($"/api/enforcement/lenient-lists/{v2.GetProperty("id").GetGuid()}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 0);

        // A lighter penalty may cite only a 从轻/减轻 item: the in-force 不予处罚 item is refused.
        var (penaltyCase, _) = await api.ReportedAsync(Day);
        await api.OkAsync(penaltyCase, "notify", new { on = Day });
        await api.OkAsync(penaltyCase, "waive_rights", new { on = Day });
        await EnforcementApi.RefusedAsync(await api.ActAsync(penaltyCase, "decide", new { on = Day, outcome = "Penalty", lighter = "Lighter", lighterBasis = "清单", lenientListItemId = newItem }), "第五十条");

        using var anonymous = factory.CreateClient();
        var portal = await anonymous.GetStringAsync("/portal/enforcement/lenient-list");
        Assert.Contains("新版事项", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("旧版事项", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("东莞市某某诊所", portal, StringComparison.Ordinal);
        Assert.Contains("减免责清单", await anonymous.GetStringAsync("/portal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransferredCase_ArrestsAndCriminalDetentions_AreDifferentFigures()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var on = new DateOnly(2022, 5, 10);
        var id = await api.NewCaseAsync(on);
        await api.OkAsync(id, "file", new { on });
        await api.OkAsync(id, "decide", new { on, outcome = "Transfer" });
        var recorded = await api.OkAsync(id, "record_judicial_outcome",
            new { on = new DateOnly(2022, 6, 1), summary = "公安机关立案侦查，对三人刑事拘留，其中二人经检察院批准逮捕", personsDetained = 3, personsArrested = 2 });
        Assert.Equal(2, recorded.GetProperty("extras").GetProperty("personsArrested").GetInt32());
        Assert.Equal(3, recorded.GetProperty("extras").GetProperty("personsDetained").GetInt32());

        // The 2022 figures of town A hold only this case: 逮捕 counts the arrested, 刑事拘留 the detained, each on its own.
        var metrics = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Platform.Identity.PlatformPermissions.MetricsRead);
        Assert.Contains(id.ToString(), await metrics.GetStringAsync($"/api/metrics/enforcement.criminal_arrests/records?region={FazhiFactory.TownA}&year=2022&pageSize=200"), StringComparison.OrdinalIgnoreCase);
        var arrests = JsonDocument.Parse(await metrics.GetStringAsync($"/api/metrics/enforcement.criminal_arrests?region={FazhiFactory.TownA}&year=2022")).RootElement;
        var detentions = JsonDocument.Parse(await metrics.GetStringAsync($"/api/metrics/enforcement.criminal_detentions?region={FazhiFactory.TownA}&year=2022")).RootElement;
        Assert.Equal(2m, arrests.GetProperty("value").GetDecimal());
        Assert.Equal(3m, detentions.GetProperty("value").GetDecimal());
        Assert.Contains("不含仅被刑事拘留", arrests.GetProperty("definition").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Guid> ServedWithFineAsync(EnforcementApi api)
    {
        var (id, _) = await api.ReportedAsync(Day);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });
        await api.OkAsync(id, "decide", new { on = Day, outcome = "Penalty" });
        await api.OkAsync(id, "serve", new { on = Day });
        return id;
    }

    [Fact]
    public async Task Instalments_ApprovedSchedule_MovesThePaymentClock_AndLateFeeAccruesPerInstalment()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await ServedWithFineAsync(api);
        Assert.Equal("2025-06-18", Clock(await api.CaseAsync(id), "payment").GetProperty("dueDate").GetString());

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "approve_deferral", new { on = Day }), "第六十六条");
        await api.OkAsync(id, "apply_deferral", new { on = new DateOnly(2025, 6, 10), arrangementKind = "Instalments", summary = "受经营困难影响，确有经济困难" });
        var bad = await api.ActAsync(id, "approve_deferral", new { on = new DateOnly(2025, 6, 12), instalments = new[] { new { dueOn = new DateOnly(2025, 7, 18), amountYuan = 5_000m } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var approved = await api.OkAsync(id, "approve_deferral", new
        {
            on = new DateOnly(2025, 6, 12),
            instalments = new[] { new { dueOn = new DateOnly(2025, 7, 18), amountYuan = 10_000m }, new { dueOn = new DateOnly(2025, 8, 18), amountYuan = 10_000m } },
        });
        Assert.Equal("2025-08-18", Clock(approved, "payment").GetProperty("dueDate").GetString());
        Assert.Equal("2025-08-18", approved.GetProperty("paymentDueOn").GetString());

        // First instalment paid two days late: 3% × 10,000 × 2 = 600 元, on that instalment only.
        var short1 = await api.ActAsync(id, "record_payment", new { on = new DateOnly(2025, 7, 20), paidYuan = 10_000m });
        Assert.Equal(HttpStatusCode.BadRequest, short1.StatusCode);
        var first = await api.OkAsync(id, "record_payment", new { on = new DateOnly(2025, 7, 20), paidYuan = 10_600m });
        Assert.Equal("served", first.GetProperty("state").GetString());
        Assert.Equal(600m, first.GetProperty("extras").GetProperty("arrangement").GetProperty("instalments")[0].GetProperty("lateFeeYuan").GetDecimal());
        var second = await api.OkAsync(id, "record_payment", new { on = new DateOnly(2025, 8, 18), paidYuan = 10_000m });
        Assert.Equal("paid", second.GetProperty("state").GetString());
        Assert.Equal(600m, second.GetProperty("lateFeeYuan").GetDecimal());

        var metrics = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Platform.Identity.PlatformPermissions.MetricsRead);
        Assert.Contains(id.ToString(), await metrics.GetStringAsync($"/api/metrics/enforcement.deferred_payments/records?region={FazhiFactory.TownA}&year=2025&pageSize=200"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Figures_ByDomain_IllegalMedicalPracticeFines_OnTimeRate_Hearings_Discussions_AndFlexibleMeasures_NameTheirRecords()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var clue = await api.Client.PostAsJsonAsync("/api/enforcement/cases", new
        {
            title = "某人非法行医案",
            domain = "Medical",
            partyKind = "Individual",
            partyName = "王某",
            source = "Complaint",
            clueSummary = "无证行医",
            receivedOn = Day,
            illegalMedicalPractice = true,
        });
        var medical = await EnforcementApi.IdAsync(clue);
        var officers = new[] { await api.CertifiedOfficerAsync("医甲"), await api.CertifiedOfficerAsync("医乙") };
        await api.OkAsync(medical, "file", new { on = Day });
        await api.AssignAsync(medical, Day, officers);
        await api.OkAsync(medical, "investigate", new { on = Day });
        await api.OkAsync(medical, "report", new { on = Day, facts = "无证行医", outcome = "Penalty", measures = "Fine", fineYuan = 20_000, discretionStandardId = await api.StandardAsync(), seriousViolation = true });
        await api.OkAsync(medical, "notify", new { on = Day });
        await api.OkAsync(medical, "waive_rights", new { on = Day });
        await api.OkAsync(medical, "collective_discussion", new { on = Day, conclusion = "同意" });
        await api.OkAsync(medical, "decide", new { on = Day, outcome = "Penalty", lighter = "Lighter", lighterBasis = "主动消除违法行为危害后果（第三十二条第一项）" });
        await api.OkAsync(medical, "serve", new { on = Day });
        await api.OkAsync(medical, "publish", new { on = Day });
        await api.OkAsync(medical, "record_payment", new { on = Day, paidYuan = 20_000 });
        var closed = await api.OkAsync(medical, "close", new { on = Day });
        Assert.Equal("从轻处罚", closed.GetProperty("extras").GetProperty("lighter").GetString());

        var flexible = await api.Client.PostAsJsonAsync("/api/enforcement/flexible-measures", new { kind = "Interview", partyKind = "Organisation", partyName = "某餐馆", on = Day, summary = "约谈负责人，提示油烟排放规定", caseId = medical });
        var flexibleId = await EnforcementApi.IdAsync(flexible);
        var missing = await api.Client.PostAsJsonAsync("/api/enforcement/flexible-measures", new { kind = "Interview", partyKind = "Organisation", on = Day, summary = "无名" });
        Assert.Contains("请填写当事人名称", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var metrics = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Platform.Identity.PlatformPermissions.MetricsRead);
        async Task<string> Records(string key) => await metrics.GetStringAsync($"/api/metrics/{key}/records?region={FazhiFactory.TownA}&year=2025&pageSize=200");
        foreach (var key in new[] { "enforcement.cases_by_domain.medical", "enforcement.illegal_medical_practice_fines", "enforcement.on_time_rate", "enforcement.collective_discussions" })
        {
            Assert.Contains(medical.ToString(), await Records(key), StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(medical.ToString(), await Records("enforcement.cases_by_domain.environment"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(medical.ToString(), await Records("enforcement.hearings"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(flexibleId.ToString(), await Records("enforcement.lenient_measures"), StringComparison.OrdinalIgnoreCase);
        var onTime = JsonDocument.Parse(await metrics.GetStringAsync($"/api/metrics/enforcement.on_time_rate?region={FazhiFactory.TownA}&year=2025")).RootElement;
        Assert.Equal(onTime.GetProperty("numerator").GetDecimal(), onTime.GetProperty("denominator").GetDecimal());
    }
}
