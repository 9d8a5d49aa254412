using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>执法检查: plans, reproducible 双随机 draws, records by two certified officers, a finding opening a clue, the ledger.</summary>
public sealed class InspectionTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static async Task<Guid> PlanAsync(EnforcementApi api, string category = "Pharmacy")
    {
        var response = await api.Client.PostAsJsonAsync("/api/enforcement/inspection-plans", new { year = 2025, name = "药品安全专项整治", category, kind = "Special" });
        return await EnforcementApi.IdAsync(response);
    }

    [Fact]
    public async Task DoubleRandomDraw_PicksEntitiesAndTwoCertifiedOfficers_AndIsReproducibleFromItsSeed()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        for (var i = 0; i < 3; i++)
        {
            await api.CertifiedOfficerAsync($"抽查员{i}");
        }

        var planId = await PlanAsync(api);
        var candidates = Enumerable.Range(1, 20).Select(i => $"某某大药房第{i}分店").ToArray();

        var response = await api.Client.PostAsJsonAsync($"/api/enforcement/inspection-plans/{planId}/draws", new { drawnOn = new DateOnly(2025, 4, 1), count = 5, candidates, seed = 12345 });
        var draw = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(12345, draw.GetProperty("seed").GetInt32());
        Assert.True(draw.GetProperty("reproduced").GetBoolean());
        var records = draw.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(5, records.Count);
        Assert.Equal(5, records.Select(r => r.GetProperty("entityName").GetString()).Distinct().Count());
        Assert.All(records, r => Assert.NotEqual(r.GetProperty("firstOfficerId").GetGuid(), r.GetProperty("secondOfficerId").GetGuid()));
        var expected = Fazhi.Modules.Enforcement.Inspections.DoubleRandom.Draw(12345, candidates,
            draw.GetProperty("roster").EnumerateArray().Select(x => x.GetGuid()).ToList(), 5);
        Assert.Equal(expected.Select(p => p.Entity), records.Select(r => r.GetProperty("entityName").GetString()));
    }

    [Fact]
    public async Task Inspection_ByAnOfficerWithoutValidCertificate_IsRefused()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var valid = await api.CertifiedOfficerAsync("持证甲");
        var expired = await api.OfficerAsync("过期乙", new DateOnly(2018, 1, 1), new DateOnly(2020, 12, 31));

        var response = await api.Client.PostAsJsonAsync("/api/enforcement/inspections", new
        {
            inspectedOn = new DateOnly(2025, 5, 6),
            entityName = "某某诊所",
            category = "Medical",
            officerIds = new[] { valid, expired },
            result = "Compliant",
        });

        await EnforcementApi.RefusedAsync(response, "第四十二条");
    }

    [Fact]
    public async Task Finding_OpensAClueWithOneClick_LinkedBothWays()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var officers = new[] { await api.CertifiedOfficerAsync("检查甲"), await api.CertifiedOfficerAsync("检查乙") };
        var created = await api.Client.PostAsJsonAsync("/api/enforcement/inspections", new
        {
            inspectedOn = new DateOnly(2025, 5, 6),
            entityName = "常平某某门诊部",
            category = "Medical",
            officerIds = officers,
            result = "Violation",
            findings = "超出登记的诊疗科目开展诊疗活动",
        });
        var inspectionId = await EnforcementApi.IdAsync(created);

        var clue = await api.Client.PostAsync($"/api/enforcement/inspections/{inspectionId}/clue", null);
        var caseId = await EnforcementApi.IdAsync(clue);

        var c = await api.CaseAsync(caseId);
        Assert.Equal("clue", c.GetProperty("state").GetString());
        Assert.Equal("医疗卫生", c.GetProperty("domain").GetString());
        var inspection = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/enforcement/inspections/{inspectionId}")).RootElement;
        Assert.Equal(caseId, inspection.GetProperty("caseId").GetGuid());
        var page = await api.Client.GetStringAsync($"/enforcement/cases/{caseId}");
        Assert.Contains($"/enforcement/inspections/{inspectionId}", page, StringComparison.Ordinal);
        var again = await api.Client.PostAsync($"/api/enforcement/inspections/{inspectionId}/clue", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task InspectionLedger_ExportsAndImportsBack_AndABadRowImportsNothing()
    {
        var api = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        var officers = new[] { await api.CertifiedOfficerAsync("台账甲"), await api.CertifiedOfficerAsync("台账乙") };
        var created = await api.Client.PostAsJsonAsync("/api/enforcement/inspections", new
        {
            inspectedOn = new DateOnly(2025, 8, 1),
            entityName = "台账样例药房",
            category = "Pharmacy",
            officerIds = officers,
            result = "Compliant",
        });
        await EnforcementApi.IdAsync(created);

        var xlsx = await api.Client.GetByteArrayAsync("/api/enforcement/inspections/export.xlsx?q=" + Uri.EscapeDataString("台账样例药房"));
        var imported = await ImportAsync(api.Client, xlsx, "检查记录台账.xlsx");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var list = JsonDocument.Parse(await api.Client.GetStringAsync("/api/enforcement/inspections?q=" + Uri.EscapeDataString("台账样例药房"))).RootElement;
        Assert.Equal(2, list.GetProperty("total").GetInt32());

        var csv = "检查日期,被检查对象,统一社会信用代码,检查类别,执法人员1执法证号,执法人员2执法证号,检查结果,发现问题\n"
            + "2025-08-02,好药房,,药店,NOPE1,NOPE2,未发现问题,\n2025-08-02,坏药房,,药店,NOPE1,NOPE2,未发现问题,\n";
        var bad = await ImportAsync(api.Client, Encoding.UTF8.GetBytes(csv), "bad.csv");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Contains("第2行", text, StringComparison.Ordinal);
        Assert.Contains("第3行", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectionFigures_CountCompletedPharmacyAndMedicalInspections_WithRecordIds()
    {
        var api = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        var officers = new[] { await api.CertifiedOfficerAsync("统计甲"), await api.CertifiedOfficerAsync("统计乙") };
        foreach (var category in new[] { "Pharmacy", "Pharmacy", "Medical" })
        {
            await EnforcementApi.IdAsync(await api.Client.PostAsJsonAsync("/api/enforcement/inspections", new
            {
                inspectedOn = new DateOnly(2024, 6, 3),
                entityName = "统计对象",
                category,
                officerIds = officers,
                result = "Compliant",
            }));
        }

        var reader = await factory.ClientWithPermissionsAsync(FazhiFactory.TownB, PlatformPermissions.MetricsRead);
        async Task<decimal> FigureAsync(string key) =>
            JsonDocument.Parse(await reader.GetStringAsync($"/api/metrics/{key}?region={FazhiFactory.TownB}&year=2024")).RootElement.GetProperty("value").GetDecimal();

        Assert.Equal(2m, await FigureAsync("inspections.pharmacy"));
        Assert.Equal(1m, await FigureAsync("inspections.medical"));
        Assert.Equal(3m, await FigureAsync("inspections.total"));
    }

    [Fact]
    public async Task Finding_OnTheInspectionPage_OneClickOpensTheClue_AndTheCasePageShowsTheInspection()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var officers = new[] { await api.CertifiedOfficerAsync("页面甲"), await api.CertifiedOfficerAsync("页面乙") };
        var inspectionId = await EnforcementApi.IdAsync(await api.Client.PostAsJsonAsync("/api/enforcement/inspections", new
        {
            inspectedOn = new DateOnly(2025, 6, 3),
            entityName = "页面样例大药房",
            category = "Pharmacy",
            officerIds = officers,
            result = "Violation",
            findings = "未凭处方销售处方药",
        }));
        var path = $"/enforcement/inspections/{inspectionId}";
        Assert.Contains("登记为案件线索", await api.Client.GetStringAsync(path), StringComparison.Ordinal);

        var response = await FazhiFactory.PostFormAsync(api.Client, path + "?handler=Clue", [], path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var casePath = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/enforcement/cases/", casePath, StringComparison.Ordinal);
        var casePage = await api.Client.GetStringAsync(casePath);
        Assert.Contains("页面样例大药房", casePage, StringComparison.Ordinal);
        Assert.Contains(path, casePage, StringComparison.Ordinal);
        Assert.Contains(casePath, await api.Client.GetStringAsync(path), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync("/api/enforcement/inspections/import", form);
    }
}
