namespace Fazhi.Modules.LegalityReview.Demo;

/// <summary>
/// 2021年节假日安排 (国办发明电〔2020〕27号): the shipped calendar starts at 2022, but the demo's 2021 contracts are
/// reviewed on 2021 working days, so the generator loads this notice through the calendar's own use case.
/// </summary>
internal static class Holidays2021
{
    public const string Source = "国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020年11月25日）";

    public const string Json = """
        {
          "holidays": [
            { "name": "元旦", "from": "2021-01-01", "to": "2021-01-03" },
            { "name": "春节", "from": "2021-02-11", "to": "2021-02-17" },
            { "name": "清明节", "from": "2021-04-03", "to": "2021-04-05" },
            { "name": "劳动节", "from": "2021-05-01", "to": "2021-05-05" },
            { "name": "端午节", "from": "2021-06-12", "to": "2021-06-14" },
            { "name": "中秋节", "from": "2021-09-19", "to": "2021-09-21" },
            { "name": "国庆节", "from": "2021-10-01", "to": "2021-10-07" }
          ],
          "makeUpWorkdays": ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"]
        }
        """;
}
