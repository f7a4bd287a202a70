namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>What a consultation round is for; the councils' round is made by sending the draft plan to the councils.</summary>
public enum RoundPurpose
{
    Consultation,

    /// <summary>The municipal councils give their wishes and objections or views on the draft plan (Politiewet art. 38b).</summary>
    CouncilHearing,
}
