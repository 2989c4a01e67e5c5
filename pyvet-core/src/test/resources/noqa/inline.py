a=1  # noqa
b=1  # NOQA
c=1  # NoQa
d=1  #noqa
e=1  #  noqa
f=1  # noqa:E225
g=1  # noqa: E225
h=1  # noqa:  E225
i=1  # noqa : E225
j=1  # noqa:E2
k=1  # noqa:E
l=1  # noqa:
m=1  # noqa:e225
n=1  # noqa:E501,,E225
o=1  # noqa:E501 E225
p=1  # noqa:E501, E225
q=1  # noqa:E501 , E225
r=1  # noqa:E501 because E225
s=1  # noqa:E501 because2 E225
t=1  # noqa:E501E225
u=1  # noqa:W291,E225 trailing text
v=1  # noqa-E225
w=1  # noqa123
y=1  # type: ignore  # noqa: E225
z=1  # noqa: E501  # noqa
aa=1  ## noqa
ab="# noqa"
ac='#noqa'+"# noqa:E501"
ad=1 # noqa:E225
ae=1  # noqa:	E225
af=1  # noqa:E261,E225
ag=1  # noqa:E22,W
ah=1  # noqa:E225,W2
ai=1  # noqa:X1
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # noqa
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # noqa:E501
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # noqa:W291
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # noqa:E5
