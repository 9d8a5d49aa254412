using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;

using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>合同台账: contract review data, the ledger's filters and export, and an import that takes every row or none.</summary>
public sealed class ContractLedgerTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string Header = "合同名称,合同相对人,统一社会信用代码,合同金额（元）,签订日期,履行起始日期,履行终止日期,承办单位";

    private static string GoodRow(string name) => $"{name},东莞某建设有限公司,91441900MA4UJ2XQ1M,\"1,250,000.50\",2026-02-01,2026-02-01,2026-12-31,规划建设办";

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await client.PostAsync("/api/legality-review/contracts/import", form);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/legality-review/contracts?q={Uri.EscapeDataString(q)}")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task ContractReview_RecordsCounterpartyAmountInFenTermAndMilestones()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var review = await api.SubmitAsync(documentType: 5, title: "镇文化中心物业服务合同", contract: new
        {
            name = "镇文化中心物业服务合同",
            counterpartyName = "东莞某物业管理有限公司",
            creditCode = "91441900MA4UJ2XQ1M",
            amount = 365000.25m,
            startsOn = "2026-04-01",
            endsOn = "2027-03-31",
            milestones = new[] { new { name = "首期付款", dueOn = "2026-04-15" } },
        });

        var contract = review.GetProperty("contract");
        Assert.Equal(36_500_025, contract.GetProperty("amountFen").GetInt64());
        Assert.Equal("365000.25", contract.GetProperty("amount").GetString());
        Assert.Equal("首期付款", contract.GetProperty("milestones")[0].GetProperty("name").GetString());
        Assert.Contains("镇文化中心物业服务合同", await NamesAsync(api.Office, "镇文化中心物业"));
    }

    [Theory]
    [InlineData("91441900MA4UJ2XQ1X", 100, "creditCode")]
    [InlineData("91441900MA4UJ2XQ1M", -5, "amount")]
    public async Task ContractReview_WrongCreditCodeOrNegativeAmount_IsBadRequest(string creditCode, decimal amount, string field)
    {
        var api = await ReviewApi.CreateAsync(factory);
        var response = await api.Clerk.PostAsJsonAsync("/api/legality-review/reviews", new
        {
            title = "某合同",
            documentType = 5,
            submittingUnit = "党政办",
            contract = new { name = "某合同", counterpartyName = "某公司", creditCode, amount, startsOn = "2026-04-01", endsOn = "2026-05-01" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task LedgerImport_GoodFile_ImportsEveryRow_AndExportImportsBackUnchanged()
    {
        var api = await ReviewApi.CreateAsync(factory, "441900194");
        var csv = Encoding.UTF8.GetBytes($"{Header}\n{GoodRow("甲-往返合同一")}\n{GoodRow("甲-往返合同二")}\n");

        var response = await ImportAsync(api.Office, csv, "台账.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var ledger = await api.Office.GetFromJsonAsync<JsonElement>("/api/legality-review/contracts?q=甲-往返");
        Assert.Equal(125_000_050, ledger.GetProperty("items")[0].GetProperty("amountFen").GetInt64());

        var export = await api.Office.GetByteArrayAsync("/api/legality-review/contracts/export.xlsx?q=甲-往返");
        var back = await ImportAsync(api.Office, export, "合同台账.xlsx");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(4, (await NamesAsync(api.Office, "甲-往返")).Count);
    }

    [Theory]
    [InlineData("乙-错误信用代码", "91441900MA4UJ2XQ1X", "1000", "2026-03-01", "统一社会信用代码")]
    [InlineData("乙-负数金额", "91441900MA4UJ2XQ1M", "-1000", "2026-03-01", "金额不能为负数")]
    [InlineData("乙-日期格式", "91441900MA4UJ2XQ1M", "1000", "03/01/2026", "格式不正确")]
    [InlineData("乙-公式", "91441900MA4UJ2XQ1M", "1000", "2026-03-01", "公式")]
    public async Task LedgerImport_BadRow_IsReportedWithRowNumberAndReason_AndNothingIsImported(string name, string code, string amount, string starts, string reason)
    {
        var api = await ReviewApi.CreateAsync(factory);
        var counterparty = reason == "公式" ? "=HYPERLINK(\"http://evil\")" : "某公司";
        var bad = $"{name},\"{counterparty.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{code},{amount},,{starts},2026-12-31,党政办";
        var csv = Encoding.UTF8.GetBytes($"{Header}\n{GoodRow(name + "-好行")}\n{bad}\n");

        var response = await ImportAsync(api.Office, csv, "台账.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var message = errors.GetProperty("row3")[0].GetString()!;
        Assert.StartsWith("第3行", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Empty(await NamesAsync(api.Office, name));
    }

    [Fact]
    public async Task LedgerImport_FormulaInATextCellOfAnExcelFile_IsReportedAndNothingIsImported()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var rows = new[]
        {
            new Dictionary<string, object?> { ["合同名称"] = "丙-好行", ["合同相对人"] = "某公司", ["统一社会信用代码"] = "91441900MA4UJ2XQ1M", ["合同金额（元）"] = "100", ["签订日期"] = "", ["履行起始日期"] = "2026-01-01", ["履行终止日期"] = "2026-12-31", ["承办单位"] = "党政办" },
            new Dictionary<string, object?> { ["合同名称"] = "=CMD|' /C calc'!A0", ["合同相对人"] = "某公司", ["统一社会信用代码"] = "91441900MA4UJ2XQ1M", ["合同金额（元）"] = "100", ["签订日期"] = "", ["履行起始日期"] = "2026-01-01", ["履行终止日期"] = "2026-12-31", ["承办单位"] = "党政办" },
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows);

        var response = await ImportAsync(api.Office, stream.ToArray(), "台账.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("row3")[0].GetString()!;
        Assert.Contains("公式", message, StringComparison.Ordinal);
        Assert.Empty(await NamesAsync(api.Office, "丙-好行"));
    }

    [Fact]
    public async Task LedgerImport_GbkEncodedCsv_IsRefusedWithAChineseReason_AndNothingIsImported()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var api = await ReviewApi.CreateAsync(factory);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes($"{Header}\n{GoodRow("丁-编码")}\n");

        var response = await ImportAsync(api.Office, gbk, "台账.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString()!;
        Assert.Contains("GBK", message, StringComparison.Ordinal);
        Assert.Empty(await NamesAsync(api.Office, "丁-编码"));
    }

    [Fact]
    public async Task Ledger_FiltersContractsExpiringSoon()
    {
        var api = await ReviewApi.CreateAsync(factory, "441900193");
        var soon = api.Today.AddDays(10).ToString("yyyy-MM-dd");
        var later = api.Today.AddDays(200).ToString("yyyy-MM-dd");
        var csv = Encoding.UTF8.GetBytes($"{Header}\n戊-将到期,某公司,91441900MA4UJ2XQ1M,100,,2026-01-01,{soon},党政办\n戊-远期,某公司,91441900MA4UJ2XQ1M,100,,2026-01-01,{later},党政办\n");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(api.Office, csv, "a.csv")).StatusCode);

        var expiring = await api.Office.GetFromJsonAsync<JsonElement>("/api/legality-review/contracts?expiringWithin=30");

        var item = Assert.Single(expiring.GetProperty("items").EnumerateArray());
        Assert.Equal("戊-将到期", item.GetProperty("name").GetString());
        Assert.StartsWith("即将到期", item.GetProperty("expiry").GetString(), StringComparison.Ordinal);
    }
}
