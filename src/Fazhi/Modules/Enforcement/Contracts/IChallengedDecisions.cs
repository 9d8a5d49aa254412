namespace Fazhi.Modules.Enforcement.Contracts;

/// <summary>How a decision of the town's enforcement is challenged.</summary>
public enum ChallengeKind
{
    Reconsideration = 1,
    Litigation = 2,
}

/// <summary>
/// 复议／诉讼 against a decided enforcement case, as other modules see it: while one runs, 加处罚款 does not accrue
/// (《行政处罚法》第七十三条第三款). The case is found by its 案号 in the region; a number the platform does not know is
/// a decision made outside it and changes nothing. Works in the caller's DbContext (the caller saves).
/// </summary>
public interface IChallengedDecisions
{
    /// <summary>
    /// Marks the decided case with <paramref name="caseNumber"/> as challenged from <paramref name="from"/> (the application
    /// or filing date). Returns the case id, or null when the region has no decided case of that number. A case already
    /// under a challenge keeps the one it has (one pause at a time). A date before the decision is a 400 on
    /// <c>challengedCaseNumber</c>.
    /// </summary>
    Task<Guid?> ChallengeStartedAsync(string regionCode, string caseNumber, ChallengeKind kind, DateOnly from, CancellationToken cancellationToken = default);

    /// <summary>Ends the open challenge of that case on <paramref name="to"/> (the decision or judgment); no open one changes nothing.</summary>
    Task ChallengeEndedAsync(string regionCode, string caseNumber, DateOnly to, CancellationToken cancellationToken = default);
}
