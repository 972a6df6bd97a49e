using Anshun.Core.Security;

namespace Anshun.Contents.Models;

/// <summary>One grant on a section: a role (编辑/审核/阅读) for a principal (user, role, unit, unit+role).</summary>
public sealed record SectionRule(SectionRole Role, PrincipalRule Principal);
