namespace Fazhi.Modules.DataSharing;

/// <summary>
/// 数据共享 settings. The reply period for a sharing request differs by province and city (国发〔2016〕51号 set 10 working
/// days for 有条件共享; several provinces now set 5 or 2), so it is a setting, default 10 working days; so is the longest
/// period a consumer may be granted.
/// </summary>
public sealed class DataSharingOptions
{
    public int ReplyWorkingDays { get; set; } = 10;

    public int MaxGrantYears { get; set; } = 3;
}
