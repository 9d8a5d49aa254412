using System.Text;

using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Platform.Spreadsheets;

public sealed class LedgersTests
{
    private sealed class Row
    {
        public string Name { get; set; } = "";

        public long AmountFen { get; set; }

        public DateOnly SignedOn { get; set; }
    }

    private static readonly LedgerLayout<Row> Layout = new("测试台账",
    [
        new("名称", r => r.Name, (r, t) => { r.Name = t; return null; }, Required: true),
        new("金额（元）", r => Cells.Yuan(r.AmountFen), (r, t) => { var e = Cells.AmountInFen(t, out var fen); r.AmountFen = fen; return e; }),
        new("签订日期", r => r.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (r, t) => { var e = Cells.Date(t, out var d); r.SignedOn = d; return e; }),
    ]);

    [Fact]
    public async Task Ledger_ExportedXlsx_ImportsBackUnchanged()
    {
        Row[] rows = [new() { Name = "东莞某建设有限公司", AmountFen = 764_000_000_000, SignedOn = new DateOnly(2022, 3, 1) }, new() { Name = "乙方", AmountFen = 12_345, SignedOn = new DateOnly(2022, 12, 31) }];
        var bytes = await Ledgers.ExportXlsxAsync(Layout, rows);
        var back = await Ledgers.ImportAsync(Layout, new MemoryStream(bytes), "合同台账.xlsx");
        Assert.Equal(rows.Select(r => (r.Name, r.AmountFen, r.SignedOn)), back.Rows.Select(r => (r.Value.Name, r.Value.AmountFen, r.Value.SignedOn)));
        Assert.Equal([2, 3], back.Rows.Select(r => r.Row));
    }

    [Fact]
    public async Task Ledger_Import_ReportsEveryBadRow_AndReturnsNone()
    {
        var csv = "名称,金额（元）,签订日期\n甲,100,2022-01-01\n,5,2022-01-02\n丙,-3,2022/13/40\n=HYPERLINK(\"x\"),1,2022-01-03\n";
        var error = await Assert.ThrowsAsync<LedgerImportException>(() => Ledgers.ImportAsync(Layout, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv"));
        Assert.Equal([3, 4, 4, 5], error.RowErrors.Select(e => e.Row));
        Assert.Contains(error.RowErrors, e => e.Reason.Contains("负数", StringComparison.Ordinal));
        Assert.Contains(error.RowErrors, e => e.Reason.Contains("公式", StringComparison.Ordinal));
        Assert.Contains("第4行", string.Join(";", error.Errors.SelectMany(x => x.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_GbkCsv_IsRefusedWithAChineseReason()
    {
        // "名称" in GBK: C3FB B3C6 — not valid UTF-8.
        byte[] gbk = [0xC3, 0xFB, 0xB3, 0xC6, 0x0A, 0xBC, 0xD7, 0x0A];
        var error = await Assert.ThrowsAsync<FieldValidationException>(() => Ledgers.ImportAsync(Layout, new MemoryStream(gbk), "x.csv"));
        Assert.Contains("UTF-8", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_MissingColumn_IsRefused()
    {
        var csv = "名称,签订日期\n甲,2022-01-01\n";
        var error = await Assert.ThrowsAsync<FieldValidationException>(() => Ledgers.ImportAsync(Layout, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv"));
        Assert.Contains("金额（元）", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = Ledgers.ParseCsv("a,\"b,c\",\"d\"\"e\"\r\n\"f\ng\",h\n");
        Assert.Equal(["a", "b,c", "d\"e"], rows[0]);
        Assert.Equal(["f\ng", "h"], rows[1]);
    }

    [Theory]
    [InlineData("03/01/2026")]
    [InlineData("1 March 2026")]
    [InlineData("2026-02-30")]
    public void LedgerDate_Ambiguous_OrInvalid_IsRefused(string text) =>
        Assert.NotNull(Cells.Date(text, out _));

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026/3/1")]
    [InlineData("2026年3月1日")]
    [InlineData("46082")]
    public void LedgerDate_UnambiguousForms_AreRead(string text)
    {
        Assert.Null(Cells.Date(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 1), date);
    }
}
