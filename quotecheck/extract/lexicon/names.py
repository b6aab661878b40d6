"""First names that say a person's sex."""

from __future__ import annotations

_FEMALE_FIRST = (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra "
    "ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia "
    "kathleen amy angela helen anna brenda pamela emma nicole samantha katherine christine debra rachel carolyn "
    "janet catherine maria heather diane julie joyce victoria kelly christina lauren joan evelyn olivia judith "
    "megan cheryl martha andrea hannah jacqueline ann anne gloria jean kathryn alice teresa sara janice doris "
    "madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie "
    "sophia rose isabella kayla charlotte louise claire fiona gillian jane joanne kirsty lesley lorraine "
    "lucy nicola sally sophie tracey tracy wendy zoe chloe ellie jade jodie leanne lynn maureen mandy "
    "natasha paula shirley sheila siobhan stacey suzanne tina vicky kate katie harriet georgia eleanor amelia "
    "ava isla freya poppy rhian sian cerys bethan nia eilidh morag ailsa kirsteen shona mhairi aisling "
    "niamh roisin orla aoife ciara bridget priya aisha fatima yasmin jackie sue liz beth tasha".split()
)
_MALE_FIRST = (
    "james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony "
    "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan "
    "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander "
    "frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle "
    "ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence "
    "dylan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy "
    "vincent ralph eugene russell bobby mason philip louis harry oliver alfie archie alfred callum "
    "connor craig darren dean declan duncan gavin graham gareth glyn gwyn huw ian iain jamie jim kieran liam "
    "lee martin neil nigel owen rhys robbie ross rory ruaridh simon stuart tom tony trevor wes "
    "boris ed nick dave steve mike pete andy rob ben dan matt luke max leo finn hamish angus "
    "euan fraser murdo dafydd emrys ifan iwan aled tudor seamus ciaran eamonn padraig conor niall".split()
)
FIRST_NAME_GENDER: dict[str, str] = {**dict.fromkeys(_MALE_FIRST, "m"), **dict.fromkeys(_FEMALE_FIRST, "f")}
"""Common English, Scottish, Welsh and Irish first names that say a person's sex ("Sarah ... she")."""
