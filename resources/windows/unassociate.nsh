; Run by the SkillLadder uninstaller: takes back what associate.nsh offered, if it did.
DeleteRegValue HKCU "Software\Classes\.sqlite\OpenWithProgids" "SkillLadder.Company"
DeleteRegKey HKCU "Software\Classes\SkillLadder.Company"
