namespace Fazhi.Modules.LawStudy;

/// <summary>学法设置 (configuration section "LawStudy").</summary>
public sealed class LawStudyOptions
{
    /// <summary>
    /// 理论学习中心组每年法治专题学习的最少次数. The 2016 《关于完善国家工作人员学法用法制度的意见》 asks the theory group to
    /// study law regularly; the yearly minimum differs between provinces and is not confirmed against a primary text, so it
    /// is a setting (default 2).
    /// </summary>
    public int TheoryGroupSessionsPerYear { get; set; } = 2;
}
