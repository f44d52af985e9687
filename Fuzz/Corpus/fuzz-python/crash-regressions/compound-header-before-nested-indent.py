case:if:
 ÿ