using TicBot.Methodology.Content;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    private static readonly string[] InHouseSecurityItems = ["security.in-house-protection", "security.restore-time"];

    private static readonly MethodologyText HostedSite = new("site hébergé", "hosted site");

    private static readonly MethodologyText InHouseSystem = new("système interne", "in-house system");

    private static readonly MethodologyText InHouseTraining = new("formation assurée en interne", "training done in-house");

    /// <summary>
    /// The items of a checklist that do not apply to this project ("sans objet"), each with the reason. The seed's
    /// security items for a hosted site ("clauses du contrat") and for an in-house system ("gestion des protections,
    /// délai de rétablissement du service") are alternatives: once one side is ticked and the other is not, the other
    /// is sans objet. The CCTP's share of training is sans objet when training is done in-house.
    /// </summary>
    /// <returns>Item id → reason; empty when every item applies (and for an unknown checklist).</returns>
    public IReadOnlyDictionary<string, MethodologyText> NotApplicableItems(string checklistId)
    {
        var result = new Dictionary<string, MethodologyText>(StringComparer.Ordinal);
        if (checklistId == ChecklistIds.Security)
        {
            var hosted = IsTicked(ChecklistIds.Security, "security.hosted-contract");
            var inHouse = InHouseSecurityItems.Any(id => IsTicked(ChecklistIds.Security, id));
            if (hosted && !inHouse)
            {
                foreach (var id in InHouseSecurityItems)
                {
                    result[id] = HostedSite;
                }
            }
            else if (inHouse && !hosted)
            {
                result["security.hosted-contract"] = InHouseSystem;
            }
        }
        else if (checklistId == ChecklistIds.Training && TrainingInHouse == true)
        {
            result["training.cctp-share"] = InHouseTraining;
        }

        return result;
    }
}
