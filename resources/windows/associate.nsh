; Run by the SkillLadder installer (CPack NSIS, cmake/Packaging.cmake) inside its install section.
; Offers .sqlite company files to SkillLadder: the officer is asked, a silent install (/S) answers
; no, and the file type is only added to "Open with" (OpenWithProgids), never taken over.
MessageBox MB_YESNO|MB_ICONQUESTION "是否用 SkillLadder 打开 .sqlite 公司数据库文件？$\r$\nOpen .sqlite company files with SkillLadder?" /SD IDNO IDNO skl_no_association
WriteRegStr HKCU "Software\Classes\.sqlite\OpenWithProgids" "SkillLadder.Company" ""
WriteRegStr HKCU "Software\Classes\SkillLadder.Company" "" "SkillLadder 公司数据库"
WriteRegStr HKCU "Software\Classes\SkillLadder.Company\DefaultIcon" "" "$INSTDIR\bin\skillladder.exe,0"
WriteRegStr HKCU "Software\Classes\SkillLadder.Company\shell\open\command" "" '"$INSTDIR\bin\skillladder.exe" "%1"'
skl_no_association:
