using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>One existing grant on the rules page, with its label and the values that identify it for removal.</summary>
public sealed record SectionRuleRow(SectionRule Rule, string Label);
