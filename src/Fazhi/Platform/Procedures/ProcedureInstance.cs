using Fazhi.Platform.Data;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// 程序实例 (a running procedure): one module record's path through a definition. It keeps the definition version it
/// started under even after a newer version is registered.
/// </summary>
public sealed class ProcedureInstance : IRegionScoped
{
    private ProcedureInstance()
    {
    }

    internal ProcedureInstance(ProcedureDefinition definition, string subjectType, Guid subjectId, string regionCode, DateOnly on)
    {
        DefinitionKey = definition.Key;
        DefinitionVersion = definition.Version;
        SubjectType = subjectType;
        SubjectId = subjectId;
        RegionCode = regionCode;
        State = definition.InitialState;
        LastStepOn = on;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string DefinitionKey { get; private set; } = "";

    public int DefinitionVersion { get; private set; }

    /// <summary>The module's record type, e.g. "enforcement.case".</summary>
    public string SubjectType { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public string State { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>Legal date of the latest step: a later step may not be dated before it.</summary>
    public DateOnly LastStepOn { get; private set; }

    public int StepCount { get; private set; }

    public List<Clock> Clocks { get; private set; } = [];

    internal ProcedureStep Record(string actionKey, string actionName, string to, ProcedureActor actor, DateTime at, DateOnly on, string? note)
    {
        var step = new ProcedureStep(this, ++StepCount, actionKey, actionName, to, actor, at, on, note);
        State = to;
        LastStepOn = on;
        return step;
    }
}

/// <summary>办理记录 (a step taken): which action, from which state to which, who, when, with what note.</summary>
public sealed class ProcedureStep : IRegionScoped
{
    private ProcedureStep()
    {
    }

    internal ProcedureStep(ProcedureInstance instance, int sequence, string actionKey, string actionName, string to, ProcedureActor actor, DateTime at, DateOnly on, string? note)
    {
        InstanceId = instance.Id;
        RegionCode = instance.RegionCode;
        Sequence = sequence;
        ActionKey = actionKey;
        ActionName = actionName;
        FromState = instance.State;
        ToState = to;
        Actor = actor.Login;
        ActorName = actor.DisplayName;
        At = at;
        On = on;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InstanceId { get; private set; }

    /// <summary>1, 2, 3 … within the instance; unique, so two concurrent steps from the same state cannot both be saved.</summary>
    public int Sequence { get; private set; }

    public string ActionKey { get; private set; } = "";

    public string ActionName { get; private set; } = "";

    public string FromState { get; private set; } = "";

    public string ToState { get; private set; } = "";

    public string Actor { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime At { get; private set; }

    /// <summary>The legal date of the step, from which the clocks it moves count.</summary>
    public DateOnly On { get; private set; }

    public string? Note { get; private set; }

    public string RegionCode { get; private set; } = "";
}
